package jp.renkei.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void rowNumbersAreTheRowsPeopleSee_blankLinesIncluded() {
        Path f = TestFiles.cp932(dir, "sub/a.csv", "部会,h2\n\n\"項目,1\",y\n\nz,w\n");

        CsvFile csv = CsvFile.read(dir, f);

        assertThat(csv.name()).isEqualTo("sub/a.csv");
        assertThat(csv.encoding()).isEqualTo("windows-31j");
        assertThat(csv.rows().stream().filter(r -> !r.isBlank()).map(CsvRow::number).toList()).containsExactly(1, 3, 5);
        assertThat(csv.rows().get(2).values()).containsExactly("項目,1", "y");
    }

    @Test
    void headerFoundByNameAfterNfkc() {
        Path f = TestFiles.utf8(dir, "a.csv", "\n\n ｒｅｇｉｏｎ_code ,値\n1,2\n");
        SimpleCsv csv = SimpleCsv.read(dir, f, List.of("region_code", "値"), List.of("region_code", "値"));

        assertThat(csv.header().row().number()).isEqualTo(3);
        assertThat(csv.rows()).hasSize(1);
        assertThat(csv.value(csv.rows().getFirst(), "region_code")).isEqualTo("1");
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("none.csv");

        assertThatThrownBy(() -> CsvFile.read(dir, f)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("none.csv: cannot read the file: found \"NoSuchFileException ")
                .hasMessageEndingWith(", expected a readable file");
    }

    @Test
    void unterminatedQuote() {
        Path f = TestFiles.utf8(dir, "q.csv", "a,b\n1,2\n\"3,4\n");

        assertThatThrownBy(() -> CsvFile.read(dir, f)).isInstanceOf(InputFileException.class)
                .hasMessage("q.csv row 3: quoted field never closed; the file may be truncated: found \"\"3,4↵\", "
                        + "expected a closing quote (\") before the end of the file");
    }

    @Test
    void neitherUtf8NorCp932() {
        Path f = TestFiles.write(dir, "bin.csv", new byte[] {'a', ',', 'b', '\n', (byte) 0x82, (byte) 0x0A});

        assertThatThrownBy(() -> CsvFile.read(dir, f)).isInstanceOf(InputFileException.class)
                .hasMessage("bin.csv row 2: cannot decode as windows-31j: found \"the bytes 0x82 at byte offset 4\", "
                        + "expected UTF-8 or CP932 (windows-31j) text");
    }
}
