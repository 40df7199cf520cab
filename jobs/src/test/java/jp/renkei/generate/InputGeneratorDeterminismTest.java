package jp.renkei.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.renkei.domain.LocalGovCode;
import jp.renkei.input.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is a pure function of its settings: same seed and sizes, same bytes, xlsx included. */
class InputGeneratorDeterminismTest {

    /* with a survey of 60 respondents × 40 questions: every MA layout, free text with line breaks, full-width numbers */
    static final GeneratorSettings SMALL = new GeneratorSettings(7, 40, 6, 5, 0.5, 2, 60, 40);
    static final String RESPONSES = "surveys/" + SurveyPlan.FOLDER + "/" + SurveyPlan.RESPONSES;

    @TempDir
    Path tmp;

    @Test
    void sameSeedAndSizesGiveTheSameBytes() throws Exception {
        GeneratorManifest first = new InputGenerator(SMALL, s -> { }).generate(tmp.resolve("a"));
        Thread.sleep(2_100); // past the 2-second resolution of zip entry times: a clock-stamped xlsx would differ
        GeneratorManifest second = new InputGenerator(SMALL, s -> { }).generate(tmp.resolve("b"));

        assertThat(second).isEqualTo(first);
        Map<String, String> a = hashes(tmp.resolve("a"));
        assertThat(a).hasSize(first.files() + 1); // and the manifest
        assertThat(a.keySet()).anyMatch(f -> f.endsWith(".xlsx")).contains(RESPONSES);
        assertThat(hashes(tmp.resolve("b"))).isEqualTo(a);
    }

    @Test
    void anotherSeedGivesOtherNumbersOfTheSameShape() throws Exception {
        GeneratorManifest one = new InputGenerator(SMALL, s -> { }).generate(tmp.resolve("a"));
        GeneratorManifest other = new InputGenerator(new GeneratorSettings(8, 40, 6, 5, 0.5, 2, 60, 40), s -> { })
                .generate(tmp.resolve("b"));
        assertThat(other.indicatorValues()).isEqualTo(one.indicatorValues());
        assertThat(other.yearlyFigures()).isEqualTo(one.yearlyFigures());
        assertThat(Files.readString(tmp.resolve("b/population/population_yearly.csv")))
                .isNotEqualTo(Files.readString(tmp.resolve("a/population/population_yearly.csv")));
        assertThat(other.survey().respondents()).isEqualTo(one.survey().respondents());
        assertThat(other.survey().perQuestion()).isNotEqualTo(one.survey().perQuestion());
        assertThat(Files.readAllBytes(tmp.resolve("b").resolve(RESPONSES)))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(RESPONSES)));
    }

    @Test
    void regionCodesCarryTheirCheckDigitAndNamesAreUniqueNationally() {
        RegionPlan plan = new RegionPlan(1_741);
        assertThat(plan.regions()).hasSize(1 + 47 + 1_741);
        assertThat(plan.regions()).allMatch(r -> LocalGovCode.isValid(r.code()));
        assertThat(plan.regions().stream().map(Region::name).distinct()).hasSize(plan.regions().size());
        assertThat(plan.regions().stream().map(Region::code).distinct()).hasSize(plan.regions().size());
        // the real distribution: 北海道 179, 富山県 15
        assertThat(plan.municipalitiesOf(0)).hasSize(179);
        assertThat(plan.municipalitiesOf(15)).hasSize(15);
        assertThat(plan.prefectureRegion(10).code()).isEqualTo("110001");
    }

    @Test
    void anXlsxExportLongerThanOneFlushIsWrittenWhole() throws Exception {
        // 1 + 47 + 300 rows: the table sheet streams out in parts after the graph sheet
        new InputGenerator(new GeneratorSettings(5, 300, 1, 1, 1.0, 1), s -> { }).generate(tmp.resolve("a"));
        Path book;
        try (Stream<Path> files = Files.list(tmp.resolve("a/indicators"))) {
            book = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(book.toFile())) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .containsExactly(XlsxExportSink.GRAPH_SHEET, XlsxExportSink.SHEET);
            assertThat(sheets.getFirst().read().getFirst().getCell(0).getRawValue()).startsWith("出力日：");
            var rows = sheets.get(1).read();
            assertThat(rows).hasSize(2 + 1 + 47 + 300);
            assertThat(rows.getLast().getCell(1).getRawValue()).isEqualTo(new RegionPlan(300).regions().getLast().name());
        }
    }

    @Test
    void refusesAFolderThatIsNotItsOwnOutput() throws IOException {
        Files.writeString(tmp.resolve("somebodys-data.txt"), "keep me");
        assertThatThrownBy(() -> new InputGenerator(SMALL, s -> { }).generate(tmp))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
        assertThat(tmp.resolve("somebodys-data.txt")).exists();
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(p).toString(), Fingerprints.sha256Hex(p));
            }
        }
        return hashes;
    }
}
