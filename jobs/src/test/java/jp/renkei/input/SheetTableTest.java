package jp.renkei.input;

import static jp.renkei.input.SpreadsheetFiles.csv;
import static jp.renkei.input.SpreadsheetFiles.dec;
import static jp.renkei.input.SpreadsheetFiles.sheet;
import static jp.renkei.input.SpreadsheetFiles.write;
import static jp.renkei.input.SpreadsheetFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SheetTableTest {

    @TempDir
    Path dir;

    @Test
    void xlsxCellsAreTheTextAsStored() {
        byte[] book = xlsx(sheet("Sheet1", new Object[][] {
                {"出力日：2023/09/01"},
                {"地域", "指標", 2000, dec("2000.0"), "R1年"},
                {"行田市", null, 427.8, dec("516.0"), 537},
                null,
                {"埼玉県", LocalDate.of(2023, 9, 1), true, " 105.3 ", "－"},
        }));
        SheetTable table = SheetTable.read(write(dir, "a.xlsx", book), "in/a.xlsx");

        assertThat(table.file()).isEqualTo("in/a.xlsx");
        assertThat(table.format()).isEqualTo(SheetTable.Format.XLSX);
        assertThat(table.encoding()).isEqualTo("xlsx");
        assertThat(table.sheetName()).isEqualTo("Sheet1");
        assertThat(table.rows()).containsExactly(
                new SheetRow(1, List.of("出力日：2023/09/01")),
                new SheetRow(2, List.of("地域", "指標", "2000", "2000.0", "R1年")),
                new SheetRow(3, List.of("行田市", "", "427.8", "516.0", "537")),
                new SheetRow(5, List.of("埼玉県", "2023/09/01", "TRUE", " 105.3 ", "－")));
    }

    /** The encoding is checked a buffer at a time, not decoded whole: a file many buffers long reads the same. */
    @Test
    void aLongCp932CsvIsCheckedAndReadPastEveryBuffer() {
        StringBuilder text = new StringBuilder("地域,指標,値\r\n");
        for (int i = 1; i <= 5000; i++) {
            text.append("行田市").append(i).append(",退院・退所加算,").append(i).append("\r\n");
        }
        byte[] bytes = text.toString().getBytes(TextDecoder.CP932);
        assertThat(bytes.length).as("well past the 8,192-character buffer").isGreaterThan(100_000);
        SheetTable table = SheetTable.read(write(dir, "long.csv", bytes), "in/long.csv");
        assertThat(table.encoding()).isEqualTo("windows-31j");
        assertThat(table.rows()).hasSize(5001);
        assertThat(table.rows().getLast()).isEqualTo(new SheetRow(5001, List.of("行田市5000", "退院・退所加算", "5000")));

        byte[] broken = Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = (byte) 0x82; // a lead byte and no trail byte, on the last line
        broken[bytes.length + 1] = '\r';
        broken[bytes.length + 2] = '\n';
        assertThatThrownBy(() -> SheetTable.read(write(dir, "broken.csv", broken), "in/broken.csv"))
                .hasMessage("in/broken.csv row 5002: cannot decode as windows-31j: found \"the bytes 0x82 at byte offset "
                        + bytes.length + "\", expected UTF-8 or CP932 (windows-31j) text");
    }

    @Test
    void xlsxSheetIsChosenByNameInNfkcForm() {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put("グラフ", new Object[][] {{"chart data"}});
        sheets.put("表形式(時系列)", new Object[][] {{"x"}, {"地域"}});
        Path path = write(dir, "b.xlsx", xlsx(sheets));

        SheetTable table = SheetTable.read(path, "b.xlsx", "表形式（時系列）");

        assertThat(table.sheetName()).isEqualTo("表形式(時系列)");
        assertThat(table.rows()).containsExactly(new SheetRow(1, List.of("x")), new SheetRow(2, List.of("地域")));
        assertThat(SheetTable.read(path, "b.xlsx").sheetName()).isEqualTo("グラフ");
        assertThatThrownBy(() -> SheetTable.read(path, "b.xlsx", "表形式（地域別）"))
                .isInstanceOf(InputFileException.class)
                .hasMessage("b.xlsx: no sheet named 表形式（地域別）: found \"the sheets グラフ, 表形式(時系列)\", "
                        + "expected a sheet named 表形式（地域別）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-31j", "UTF-8 with BOM", "UTF-8"})
    void csvRowsAreRecordsNumberedAsASpreadsheetShowsThem(String encoding) {
        String text = "出力日：2023/09/01 確認している地域：埼玉県行田市,,\r\n"
                + "地域,\"指標, 注\",～\r\n"
                + "\r\n"
                + "\"行田\r\n市\",\"a \"\"b\"\"\", 516.0 \r\n"
                + "埼玉県,105.3\r\n";
        SheetTable table = SheetTable.read(write(dir, "c.csv", csv(text, encoding)), "c.csv");

        assertThat(table.format()).isEqualTo(SheetTable.Format.CSV);
        assertThat(table.encoding()).isEqualTo(encoding);
        assertThat(table.sheetName()).isNull();
        assertThat(table.rows()).containsExactly(
                new SheetRow(1, List.of("出力日：2023/09/01 確認している地域：埼玉県行田市", "", "")),
                new SheetRow(2, List.of("地域", "指標, 注", "～")),
                new SheetRow(3, List.of("")),
                new SheetRow(4, List.of("行田\r\n市", "a \"b\"", " 516.0 ")),
                new SheetRow(5, List.of("埼玉県", "105.3")));
    }

    @Test
    void csvCutShortAfterAFieldIsReadableWithAShortLastRow() {
        String text = "a,b,c,d\r\n1,2,3,4\r\n5,6,";
        SheetTable table = SheetTable.read(write(dir, "d.csv", csv(text, "UTF-8")), "d.csv");

        assertThat(table.rows()).extracting(SheetRow::number, SheetRow::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 4), org.assertj.core.groups.Tuple.tuple(2, 4),
                        org.assertj.core.groups.Tuple.tuple(3, 3));
        assertThat(table.rows().get(2).text(2)).isEmpty();
        assertThat(table.rows().get(2).text(9)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, A", "1, B", "25, Z", "26, AA", "27, AB", "51, AZ", "52, BA", "701, ZZ", "702, AAA", "16383, XFD"})
    void columnLetters(int index, String letters) {
        assertThat(SheetRow.columnLetter(index)).isEqualTo(letters);
    }

    static Stream<Arguments> unreadableFiles() {
        byte[] book = xlsx(sheet("Sheet1", new Object[][] {{"地域", "指標", "単位"}, {"行田市", "x", "人"}}));
        byte[] random = new byte[512];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("empty.csv", new byte[0],
                        "empty.csv: empty file: found \"0 bytes\", expected CSV text with a table"),
                Arguments.of("empty.xlsx", new byte[0],
                        "empty.xlsx: empty file: found \"0 bytes\", expected an .xlsx workbook with a table"),
                Arguments.of("blank.csv", csv(",,,\r\n\r\n , \r\n", "UTF-8"),
                        "blank.csv: empty file: found \"no row with any text\", expected CSV text with a table"),
                Arguments.of("blank.xlsx", xlsx(sheet("Sheet1", new Object[][] {{"", " "}})),
                        "blank.xlsx: empty file: found \"sheet Sheet1 has no cell with text\", expected an .xlsx workbook with a table"),
                Arguments.of("report.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                        "report.xlsx: not an .xlsx workbook: found \"a PDF document\", expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of("graph.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D},
                        "graph.csv: not a CSV file: found \"a PNG image\", expected CSV text (UTF-8 or CP932)"),
                Arguments.of("noise.csv", random,
                        "noise.csv: not a CSV file: found \"binary data (control characters that text files do not have)\", "
                                + "expected CSV text (UTF-8 or CP932)"),
                Arguments.of("noise.xlsx", random,
                        "noise.xlsx: not an .xlsx workbook: found \"bytes that are not a zip archive\", "
                                + "expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of("renamed.xlsx", csv("地域,指標,単位\r\n", "windows-31j"),
                        "renamed.xlsx: not an .xlsx workbook: found \"text, not a zip archive (a CSV saved under an .xlsx name?)\", "
                                + "expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of("book.csv", book,
                        "book.csv: not a CSV file: found \"a zip archive\", expected CSV text (UTF-8 or CP932)"),
                Arguments.of("old.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
                        "old.xlsx: not an .xlsx workbook: found \"an Excel 97-2003 (.xls) or password-protected workbook\", "
                                + "expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of("photos.xlsx", SpreadsheetFiles.zip(Map.of("a.txt", "hello")),
                        "photos.xlsx: not an .xlsx workbook: found \"a zip archive without an Excel workbook in it\", "
                                + "expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of("letter.xlsx", SpreadsheetFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")),
                        "letter.xlsx: not an .xlsx workbook: found \"a Word document (.docx)\", "
                                + "expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of("half.xlsx", Arrays.copyOf(book, book.length / 2),
                        "half.xlsx: damaged .xlsx workbook: found \"a zip archive whose directory cannot be read; "
                                + "the file may be truncated\", expected an .xlsx workbook (Excel 2007 or later)"),
                Arguments.of("open.csv", csv("地域,指標\r\n行田市,\"退院・退所加算\r\n埼玉県,x\r\n", "windows-31j"),
                        "open.csv row 2: quoted field never closed; the file may be truncated: "
                                + "found \"\"退院・退所加算↵埼玉県,x↵\", expected a closing quote (\") before the end of the file"),
                Arguments.of("junk.csv", csv("a,b\r\n\"x\"y,z\r\n", "UTF-8"),
                        "junk.csv row 2: text after the closing quote of a quoted field: found \"\"x\"y\", "
                                + "expected a comma or the end of the line after the closing quote (a quote inside a quoted field is written \"\")"),
                Arguments.of("table.pdf", new byte[] {'%', 'P', 'D', 'F'},
                        "table.pdf: unsupported file type: found \"the extension .pdf\", expected an .xlsx workbook or a .csv file"),
                Arguments.of("README", new byte[] {'a'},
                        "README: unsupported file type: found \"a file name without an extension\", "
                                + "expected an .xlsx workbook or a .csv file"),
                Arguments.of("old.xls", new byte[] {'a'},
                        "old.xls: unsupported file type: found \"an Excel 97-2003 workbook (.xls)\", "
                                + "expected an .xlsx workbook or a .csv file (open it in Excel and save it as .xlsx)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void unreadableFilesFailWithAPlainMessage(String name, byte[] bytes, String message) {
        Path path = write(dir, name, bytes);
        assertThatThrownBy(() -> SheetTable.read(path, name))
                .isInstanceOf(InputFileException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((InputFileException) e).problem().file()).isEqualTo(name));
    }
}
