package jp.renkei.publish;

import java.util.List;

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
public record SnapshotManifest(String snapshotDate, String generatedAt, List<Table> tables, List<InputFile> inputFiles,
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
     */
    public record Table(String name, String path, long rowCount, List<ParquetColumn> columns, String sourceFingerprint) {

        public Table {
            columns = List.copyOf(columns);
        }
    }
}
