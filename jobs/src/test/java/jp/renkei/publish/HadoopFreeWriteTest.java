package jp.renkei.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import jp.renkei.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet writer and the snapshot publisher run with no Hadoop jar at run time: the production
 * jar excludes org.apache.hadoop, so a hidden Hadoop dependency would only show in production.
 */
class HadoopFreeWriteTest {

    @TempDir
    Path dir;

    @Test
    void publishesASnapshotInAJvmWithoutHadoop() throws Exception {
        List<Path> classPath = ChildJvm.testClassPath();
        List<Path> withoutHadoop = classPath.stream()
                .filter(p -> !p.getFileName().toString().startsWith("hadoop-")).toList();
        assertThat(classPath).anyMatch(p -> p.getFileName().toString().startsWith("hadoop-client-api"));
        assertThat(withoutHadoop).hasSize(classPath.size() - 1);

        ChildJvm.Result result = ChildJvm.run(withoutHadoop, HadoopFreeWriteProbe.class.getName(),
                List.of(dir.toString(), "2026-11-23"));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("rows=4");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            AllTypesFixture.create(duckdb);
            Path file = dir.resolve("parquet/all_types/snapshot_date=2026-11-23/part-00000.parquet");
            assertThat(AllTypesFixture.rows(duckdb, "SELECT * FROM read_parquet('" + file + "', hive_partitioning = false) ORDER BY id"))
                    .isEqualTo(AllTypesFixture.rows(duckdb, AllTypesFixture.SELECT));
        }
    }
}
