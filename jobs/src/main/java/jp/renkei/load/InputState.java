package jp.renkei.load;

import static jp.renkei.warehouse.generated.internal.Tables.INPUT_STATE;
import static jp.renkei.warehouse.generated.Tables.LOAD_REJECT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
        return deleteRowsOfOtherVersions(fact, current, Map.of());
    }

    /** The same, keeping also the rows of the {@code kept} versions (source_file_id → relative path). */
    public int deleteRowsOfOtherVersions(Table<?> fact, Collection<InputFile> current, Map<String, String> kept) {
        Field<String> sourceFileId = fact.field("source_file_id", String.class);
        List<String> ids = new java.util.ArrayList<>(current.stream().map(InputFile::sourceFileId).toList());
        ids.addAll(kept.keySet());
        return dsl.deleteFrom(fact).where(ids.isEmpty() ? org.jooq.impl.DSL.trueCondition() : sourceFileId.notIn(ids)).execute();
    }

    /**
     * The versions the warehouse reflects of files at these paths (source_file_id → relative path): what an
     * unreadable new version leaves in place.
     */
    public Map<String, String> reflectedVersionsAt(SourceKind kind, Collection<String> relativePaths) {
        if (relativePaths.isEmpty()) {
            return Map.of();
        }
        return dsl.select(INPUT_STATE.SOURCE_FILE_ID, INPUT_STATE.RELATIVE_PATH).from(INPUT_STATE)
                .where(INPUT_STATE.SOURCE_KIND.eq(kind.folder())).and(INPUT_STATE.RELATIVE_PATH.in(relativePaths))
                .fetchMap(INPUT_STATE.SOURCE_FILE_ID, INPUT_STATE.RELATIVE_PATH);
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
        record(kind, files, Map.of());
    }

    /** The same, with the {@code kept} older versions (source_file_id → relative path) of unreadable books. */
    public void record(SourceKind kind, Collection<InputFile> files, Map<String, String> kept) {
        dsl.deleteFrom(INPUT_STATE).where(INPUT_STATE.SOURCE_KIND.eq(kind.folder())).execute();
        Map<String, String> all = new java.util.LinkedHashMap<>();
        files.forEach(f -> all.put(f.sourceFileId(), f.relativePath()));
        all.putAll(kept);
        all.forEach((id, path) -> dsl.insertInto(INPUT_STATE).set(INPUT_STATE.SOURCE_FILE_ID, id)
                .set(INPUT_STATE.RELATIVE_PATH, path).set(INPUT_STATE.SOURCE_KIND, kind.folder()).execute());
    }
}
