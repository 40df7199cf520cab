package jp.renkei.publish;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The content of {@code parquet/_manifest.json}: what the last snapshot published and from which
 * inputs. Field names are written in snake_case.
 *
 * @param snapshotDate ISO date of the snapshot (the {@code snapshot_date=} partition value)
 * @param generatedAt  ISO instant at which publishing finished writing the data
 * @param tables       tables in publishing order
 * @param inputFiles   files the snapshot was built from
 * @param loadId       the load that published it (its input and run date): "already loaded" is said only when the
 *                     published output is that load's; null in manifests written before it was recorded
 * @param inputFingerprint the fingerprint of the whole input set of that load
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SnapshotManifest(String snapshotDate, String generatedAt, List<Table> tables, List<ManifestInputFile> inputFiles,
                               String loadId, String inputFingerprint) {

    public SnapshotManifest {
        tables = List.copyOf(tables);
        inputFiles = List.copyOf(inputFiles);
    }

    /** Which load a published snapshot came from. */
    public record Origin(String loadId, String inputFingerprint) {
        public static final Origin NONE = new Origin(null, null);
    }

    /**
     * @param name     table name, also the directory under {@code parquet/}
     * @param path     data file, relative to {@code parquet/}
     * @param rowCount rows in the file
     * @param columns  Parquet schema of the file
     * @param sourceFingerprint what the rows were computed from ({@link SourceFingerprint}): a night whose
     *                 table has the same fingerprint links the earlier file instead of writing it again
     * @param parts    for a table written as one file per export ({@link Partitioning}), its files; {@code path} is
     *                 then the day's folder. Empty for a table written as one file
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Table(String name, String path, long rowCount, List<ParquetColumn> columns, String sourceFingerprint,
                        List<Part> parts) {

        public Table {
            columns = List.copyOf(columns);
            parts = parts == null ? List.of() : List.copyOf(parts); // manifests from before parts have none
        }

        public Table(String name, String path, long rowCount, List<ParquetColumn> columns, String sourceFingerprint) {
            this(name, path, rowCount, columns, sourceFingerprint, List.of());
        }
    }

    /**
     * One file of a partitioned table.
     *
     * @param key               the partition value (an export's 指標ID)
     * @param path              the file, relative to {@code parquet/}
     * @param rowCount          rows in the file
     * @param sourceFingerprint what its rows were computed from: the same at the next night means the file is linked
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Part(String key, String path, long rowCount, String sourceFingerprint) {
    }
}
