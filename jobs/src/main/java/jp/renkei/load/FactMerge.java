package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.DIM_SOURCE_FILE;
import static org.jooq.impl.DSL.firstValue;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.renkei.input.InputInventory;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceKind;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Moves a load's staged rows into their fact table in one set-based statement ({@code MERGE INTO}, or a
 * plain {@code INSERT … SELECT} into an empty fact). Rows that repeat a key within the load are not
 * merged: the first (by file and row) wins and the others come back as rejects. Key columns may be NULL (an
 * indicator value without a display mode): keys are compared with IS NOT DISTINCT FROM. A row whose values did
 * not change is left alone, so it keeps the load that first wrote it and a re-run changes nothing.
 */
public final class FactMerge<R extends Record> {

    private final Table<?> staging;
    private final Table<R> fact;
    private final List<TableField<R, ?>> key;
    private final String keyDescription;

    /**
     * @param keyDescription what the key means, for the reject message ("indicator, region and period")
     */
    public FactMerge(Table<?> staging, Table<R> fact, List<TableField<R, ?>> key, String keyDescription) {
        this.staging = staging;
        this.fact = fact;
        this.key = List.copyOf(key);
        this.keyDescription = keyDescription;
    }

    /** The staged rows that repeat an earlier row's key, as rejects naming the row they repeat. */
    public List<InputProblem> duplicates(DSLContext dsl) {
        if (!repeatsInStaging(dsl) && !takenByUnreadFiles(dsl)) {
            return List.of(); // the usual night: two cheap checks spare the ranking of every staged row
        }
        Table<?> ranked = rankedStaging(dsl).asTable("ranked");
        List<InputProblem> problems = new ArrayList<>();
        for (Record r : dsl.select(ranked.fields()).from(ranked)
                .where(ranked.field("rn", Integer.class).gt(1).or(ranked.field("existing_path").isNotNull()))
                .orderBy(ranked.field("relative_path"), ranked.field("source_row")).fetch()) {
            // a key part that is NULL (no display mode) is left out of what the message shows
            String keyText = String.join(" / ", key.stream().map(k -> r.get(k.getName())).filter(java.util.Objects::nonNull)
                    .map(String::valueOf).toList());
            // a fact from one cell of a row (an export's value column) names its column; a fact from a whole row does not
            String column = ranked.field("source_column") == null ? null : r.get("source_column", String.class);
            boolean inStaging = r.get("rn", Integer.class) > 1;
            problems.add(InputProblem.at(r.get("relative_path", String.class), r.get("source_row", Integer.class),
                    column, "duplicated row", keyText,
                    "one row per " + keyDescription + " (the same key is at "
                            + r.get(inStaging ? "first_path" : "existing_path", String.class) + " row "
                            + r.get(inStaging ? "first_row" : "existing_row", Integer.class) + ")"));
        }
        return problems;
    }

    /** Whether a key occurs more than once among the staged rows. */
    private boolean repeatsInStaging(DSLContext dsl) {
        List<Field<?>> keyFields = key.stream().<Field<?>>map(k -> staging.field(k.getName())).toList();
        return dsl.fetchExists(select(keyFields).from(staging).groupBy(keyFields).having(DSL.count().gt(1)));
    }

    /** Whether a staged key is already in the fact from a file this load did not read again. */
    private boolean takenByUnreadFiles(DSLContext dsl) {
        Table<R> existing = fact.as("existing");
        return dsl.fetchExists(select(DSL.one()).from(staging).join(existing)
                .on(DSL.and(key.stream().map(k -> existing.field(k.getName(), Object.class)
                        .isNotDistinctFrom(staging.field(k.getName(), Object.class))).toList()))
                .where(existing.field("source_file_id", String.class)
                        .notIn(DSL.selectDistinct(staging.field("source_file_id", String.class)).from(staging))));
    }

    /**
     * Inserts new rows and updates changed ones; returns how many rows were written. {@code noDuplicates} (from
     * {@link #duplicates}) lets the staged rows be the source as they are, and into an empty fact (a first load)
     * they are simply inserted.
     */
    private int merge(DSLContext dsl, boolean noDuplicates) {
        List<Field<?>> columns = List.of(fact.fields());
        Table<?> source;
        if (noDuplicates) {
            source = select(columns.stream().<Field<?>>map(f -> staging.field(f.getName())).toList()).from(staging).asTable("src");
        } else {
            Table<?> ranked = rankedStaging(dsl).asTable("ranked");
            source = select(columns.stream().<Field<?>>map(f -> ranked.field(f.getName())).toList())
                    .from(ranked)
                    .where(ranked.field("rn", Integer.class).eq(1)).and(ranked.field("existing_path").isNull())
                    .asTable("src");
        }
        if (!dsl.fetchExists(fact)) {
            int written = dsl.insertInto(fact).columns(columns).select(select(columns.stream()
                    .<Field<?>>map(f -> source.field(f.getName())).toList()).from(source)).execute();
            dsl.deleteFrom(staging).execute();
            return written;
        }
        Map<Field<?>, Field<?>> updates = new LinkedHashMap<>();
        List<Field<?>> compared = new ArrayList<>();
        List<Field<?>> comparedNew = new ArrayList<>();
        for (Field<?> f : columns) {
            if (key.stream().noneMatch(k -> k.getName().equals(f.getName()))) {
                updates.put(f, source.field(f.getName()));
                if (!f.getName().equals("load_id")) {
                    compared.add(fact.field(f));
                    comparedNew.add(source.field(f.getName()));
                }
            }
        }
        // MERGE joins by hash and can spill to disk; INSERT … ON CONFLICT needs the whole key index in memory,
        // which a national load (7 M values) does not have room for
        int written = dsl.mergeInto(fact)
                .using(source)
                .on(org.jooq.impl.DSL.and(key.stream().<org.jooq.Condition>map(k -> fact.field(k.getName(), Object.class)
                        .isNotDistinctFrom(source.field(k.getName(), Object.class))).toList()))
                .whenMatchedAnd(row(compared).isDistinctFrom(row(comparedNew))).thenUpdate().set(updates)
                .whenNotMatchedThenInsert(columns).values(columns.stream().<Field<?>>map(f -> source.field(f.getName())).toList())
                .execute();
        dsl.deleteFrom(staging).execute();
        return written;
    }

    /** What one merge did. */
    public record Outcome(int written, int rejected, int replaced) {
    }

    /**
     * In one transaction (the caller's): deletes the rows of file versions that are gone (changed or removed),
     * rejects the staged duplicates, merges the rest and records which file versions the fact now reflects.
     */
    public Outcome mergeReplacing(DSLContext dsl, DataSource dataSource, String loadId, InputInventory inventory,
                                  SourceKind kind) throws SQLException {
        return mergeReplacing(dsl, dataSource, loadId, inventory, kind, inventory.of(kind), java.util.Set.of());
    }

    /**
     * The same, when rows of the fact also come from files of another kind ({@code current}: the file versions whose
     * rows stay, e.g. population figures read from exports), and where the file versions {@code unreadable} could
     * not be read at all: a book rejected whole keeps the rows its last readable version supplied, and is not
     * recorded as reflected, so that it is read again.
     */
    public Outcome mergeReplacing(DSLContext dsl, DataSource dataSource, String loadId, InputInventory inventory,
                                  SourceKind kind, java.util.Collection<jp.renkei.input.InputFile> current,
                                  java.util.Set<String> unreadable) throws SQLException {
        InputState state = new InputState(dsl);
        List<jp.renkei.input.InputFile> readable = inventory.of(kind).stream()
                .filter(f -> !unreadable.contains(f.sourceFileId())).toList();
        Map<String, String> kept = state.reflectedVersionsAt(kind, inventory.of(kind).stream()
                .filter(f -> unreadable.contains(f.sourceFileId())).map(jp.renkei.input.InputFile::relativePath).toList());
        List<jp.renkei.input.InputFile> stay = current.stream().filter(f -> !unreadable.contains(f.sourceFileId())).toList();
        int replaced = state.deleteRowsOfOtherVersions(fact, stay, kept) + deleteRowsNoLongerStaged(dsl);
        List<InputProblem> duplicates = duplicates(dsl);
        Rejects.append(dataSource, loadId, inventory, kind, duplicates);
        int written = merge(dsl, duplicates.isEmpty());
        state.record(kind, readable, kept);
        return new Outcome(written, duplicates.size(), replaced);
    }

    /**
     * Deletes the rows of a file read again (same version) that its new reading no longer gives: a series that
     * was uncatalogued and is now in the catalogue comes back under its catalogue id, and the old id must go.
     */
    private int deleteRowsNoLongerStaged(DSLContext dsl) {
        Table<?> s = staging.as("restaged");
        Field<String> file = fact.field("source_file_id", String.class);
        return dsl.deleteFrom(fact)
                .where(file.in(DSL.selectDistinct(staging.field("source_file_id", String.class)).from(staging)))
                .andNotExists(DSL.selectOne().from(s).where(DSL.and(key.stream()
                        .map(k -> s.field(k.getName(), Object.class).isNotDistinctFrom(fact.field(k.getName(), Object.class)))
                        .toList())))
                .execute();
    }

    private org.jooq.Select<?> rankedStaging(DSLContext dsl) {
        Table<?> s = staging.as("s");
        List<Field<?>> partition = key.stream().<Field<?>>map(k -> s.field(k.getName())).toList();
        Field<String> path = DIM_SOURCE_FILE.RELATIVE_PATH;
        Field<Integer> row = s.field("source_row", Integer.class);
        var order = new org.jooq.OrderField<?>[] {path, row};
        List<Field<?>> fields = new ArrayList<>(List.of(s.fields()));
        fields.add(path.as("relative_path"));
        fields.add(rowNumber().over().partitionBy(partition).orderBy(order).as("rn"));
        fields.add(firstValue(path).over().partitionBy(partition).orderBy(order).as("first_path"));
        fields.add(firstValue(row).over().partitionBy(partition).orderBy(order).as("first_row"));
        // a key already in the fact from a file this load did not read again (an unchanged export) is taken:
        // the unchanged file keeps it and the new row is the duplicate
        Table<R> existing = fact.as("existing");
        var existingFile = DIM_SOURCE_FILE.as("existing_file");
        fields.add(existingFile.RELATIVE_PATH.as("existing_path"));
        fields.add(existing.field("source_row").as("existing_row"));
        org.jooq.Condition sameKey = org.jooq.impl.DSL.and(key.stream()
                .map(k -> existing.field(k.getName(), Object.class).isNotDistinctFrom(s.field(k.getName(), Object.class))).toList());
        return select(fields).from(s)
                .leftJoin(DIM_SOURCE_FILE).on(DIM_SOURCE_FILE.SOURCE_FILE_ID.eq(s.field("source_file_id", String.class)))
                .leftJoin(existing).on(sameKey.and(existing.field("source_file_id", String.class)
                        .notIn(org.jooq.impl.DSL.selectDistinct(staging.field("source_file_id", String.class)).from(staging))))
                .leftJoin(existingFile).on(existingFile.SOURCE_FILE_ID.eq(existing.field("source_file_id", String.class)));
    }
}
