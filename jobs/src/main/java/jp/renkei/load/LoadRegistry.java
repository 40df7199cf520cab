package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.DIM_LOAD;
import static jp.renkei.warehouse.generated.Tables.DIM_SOURCE_FILE;
import static jp.renkei.warehouse.generated.Tables.LOAD_REJECT;
import static jp.renkei.warehouse.generated.internal.Tables.CHECKED_LOAD;
import static jp.renkei.warehouse.generated.internal.Tables.STG_ACTIVITY;
import static jp.renkei.warehouse.generated.internal.Tables.STG_INDICATOR_VALUE;
import static jp.renkei.warehouse.generated.internal.Tables.STG_POPULATION;

import java.time.LocalDate;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputInventory;
import jp.renkei.input.SourceFileLog;
import org.jooq.DSLContext;

/** Records a load and its files before anything is read, and starts it from empty staging. */
public final class LoadRegistry implements SourceFileLog {

    private final DSLContext dsl;

    public LoadRegistry(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void begin(String loadId, LocalDate runDate, InputInventory inventory, String version) {
        dsl.insertInto(DIM_LOAD)
                .set(DIM_LOAD.LOAD_ID, loadId)
                .set(DIM_LOAD.RUN_DATE, runDate)
                .set(DIM_LOAD.INPUT_FINGERPRINT, inventory.fingerprint())
                .set(DIM_LOAD.FILE_COUNT, inventory.files().size())
                .set(DIM_LOAD.RENKEI_VERSION, version)
                .onConflictDoNothing()
                .execute();
        if (!inventory.files().isEmpty()) {
            // one statement for every file: a national input has hundreds, and one insert each cost about a second
            var files = dsl.insertInto(DIM_SOURCE_FILE, DIM_SOURCE_FILE.SOURCE_FILE_ID, DIM_SOURCE_FILE.RELATIVE_PATH,
                    DIM_SOURCE_FILE.SOURCE_KIND, DIM_SOURCE_FILE.SHA256, DIM_SOURCE_FILE.SIZE_BYTES, DIM_SOURCE_FILE.LOAD_ID);
            for (InputFile f : inventory.files()) {
                files = files.values(f.sourceFileId(), f.relativePath(), f.kind().folder(), f.sha256(), f.sizeBytes(), loadId);
            }
            files.onConflictDoNothing().execute();
        }
        dsl.deleteFrom(STG_INDICATOR_VALUE).execute();
        dsl.deleteFrom(STG_POPULATION).execute();
        dsl.deleteFrom(STG_ACTIVITY).execute();
        dsl.deleteFrom(LOAD_REJECT).where(LOAD_REJECT.LOAD_ID.eq(loadId)).execute();
        // a forced or repeated load writes under the same id: its rows are checked again (sql/checks/040)
        dsl.deleteFrom(CHECKED_LOAD).where(CHECKED_LOAD.LOAD_ID.eq(loadId)).execute();
    }

    /** What reading found out about a file: its encoding, layout and, for exports, the 出力日. */
    @Override
    public void describe(InputFile file, String encoding, String layout, LocalDate exportedOn) {
        dsl.update(DIM_SOURCE_FILE)
                .set(DIM_SOURCE_FILE.ENCODING, encoding)
                .set(DIM_SOURCE_FILE.LAYOUT, layout)
                .set(DIM_SOURCE_FILE.EXPORTED_ON, exportedOn)
                .where(DIM_SOURCE_FILE.SOURCE_FILE_ID.eq(file.sourceFileId()))
                .execute();
    }

    public static String version() {
        String v = LoadRegistry.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
