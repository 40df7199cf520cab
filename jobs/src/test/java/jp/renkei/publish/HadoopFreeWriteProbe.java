package jp.renkei.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Main class run by {@link HadoopFreeWriteTest} in a child JVM whose class path has no Hadoop jar:
 * publishes the all-types fixture as a snapshot into the directory given as argument. Exits
 * non-zero (uncaught exception or error) if anything needs Hadoop.
 */
public final class HadoopFreeWriteProbe {

    private HadoopFreeWriteProbe() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Class.forName("org.apache.hadoop.conf.Configuration");
            System.err.println("Hadoop is on the class path: this probe proves nothing");
            System.exit(2);
        } catch (ClassNotFoundException expected) {
            // as intended
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            AllTypesFixture.create(connection);
            SequencedMap<String, String> queries = new LinkedHashMap<>();
            queries.put(AllTypesFixture.TABLE, AllTypesFixture.SELECT);
            SnapshotResult result = new SnapshotPublisher().publish(Path.of(args[0]), LocalDate.parse(args[1]),
                    connection, queries, List.of());
            System.out.println("rows=" + result.rowCounts().get(AllTypesFixture.TABLE));
        }
    }
}
