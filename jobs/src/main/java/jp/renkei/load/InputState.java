package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.INPUT_STATE;
import static jp.renkei.warehouse.generated.Tables.LOAD_REJECT;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputInventory;
import jp.renkei.input.SourceKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Which input file versions the working warehouse reflects (table input_state). This is what makes a
 * nightly load incremental: an export whose bytes did not change is not read again, and the rows of a file
 * version that is gone (changed or removed) are deleted before the new rows are merged, so that a corrected
 * export leaves none of its old values behind.
 */
public final class InputState {

    private final DSLContext dsl;

    public InputState(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The file versions of these kinds the warehouse reflects. */
    public Set<String> reflected(SourceKind... kinds) {
        return Set.copyOf(dsl.select(INPUT_STATE.SOURCE_FILE_ID).from(INPUT_STATE)
                .where(INPUT_STATE.SOURCE_KIND.in(List.of(kinds).stream().map(SourceKind::folder).toList()))
                .fetch(INPUT_STATE.SOURCE_FILE_ID));
    }

    /** True when the inventory's files of these kinds are exactly those the warehouse reflects. */
    public boolean unchanged(InputInventory inventory, SourceKind... kinds) {
        Set<String> now = List.of(kinds).stream().flatMap(k -> inventory.of(k).stream())
                .map(InputFile::sourceFileId).collect(Collectors.toSet());
        return now.equals(reflected(kinds));
    }

    /** Deletes the rows of {@code fact} that came from file versions not in {@code current}; returns how many. */
    public int deleteRowsOfOtherVersions(Table<?> fact, Collection<InputFile> current) {
        Field<String> sourceFileId = fact.field("source_file_id", String.class);
        List<String> ids = current.stream().map(InputFile::sourceFileId).toList();
        return dsl.deleteFrom(fact).where(ids.isEmpty() ? org.jooq.impl.DSL.trueCondition() : sourceFileId.notIn(ids)).execute();
    }

    /** Forgets the rejects of file versions about to be read again: reading them records them anew. */
    public void forgetRejects(Collection<InputFile> toRead) {
        if (!toRead.isEmpty()) {
            dsl.deleteFrom(LOAD_REJECT).where(LOAD_REJECT.SOURCE_FILE_ID.in(toRead.stream().map(InputFile::sourceFileId).toList()))
                    .execute();
        }
    }

    /** Records that the warehouse now reflects exactly these files of this kind (in the merge's transaction). */
    public void record(SourceKind kind, Collection<InputFile> files) {
        dsl.deleteFrom(INPUT_STATE).where(INPUT_STATE.SOURCE_KIND.eq(kind.folder())).execute();
        for (InputFile f : files) {
            dsl.insertInto(INPUT_STATE).set(INPUT_STATE.SOURCE_FILE_ID, f.sourceFileId())
                    .set(INPUT_STATE.RELATIVE_PATH, f.relativePath()).set(INPUT_STATE.SOURCE_KIND, kind.folder()).execute();
        }
    }
}
