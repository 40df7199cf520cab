package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.DIM_LOAD;
import static jp.renkei.warehouse.generated.Tables.DIM_SOURCE_FILE;
import static jp.renkei.warehouse.generated.Tables.LOAD_REJECT;
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
        for (InputFile f : inventory.files()) {
            dsl.insertInto(DIM_SOURCE_FILE)
                    .set(DIM_SOURCE_FILE.SOURCE_FILE_ID, f.sourceFileId())
                    .set(DIM_SOURCE_FILE.RELATIVE_PATH, f.relativePath())
                    .set(DIM_SOURCE_FILE.SOURCE_KIND, f.kind().folder())
                    .set(DIM_SOURCE_FILE.SHA256, f.sha256())
                    .set(DIM_SOURCE_FILE.SIZE_BYTES, f.sizeBytes())
                    .set(DIM_SOURCE_FILE.LOAD_ID, loadId)
                    .onConflictDoNothing()
                    .execute();
        }
        dsl.deleteFrom(STG_INDICATOR_VALUE).execute();
        dsl.deleteFrom(STG_POPULATION).execute();
        dsl.deleteFrom(STG_ACTIVITY).execute();
        dsl.deleteFrom(LOAD_REJECT).where(LOAD_REJECT.LOAD_ID.eq(loadId)).execute();
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
