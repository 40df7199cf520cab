package jp.renkei.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.input.InputFile;
import jp.renkei.input.InputInventory;
import jp.renkei.input.SheetTable;
import jp.renkei.source.indicator.IndicatorExportReader;
import jp.renkei.input.SourceKind;
import jp.renkei.normalise.survey.SurveyPreparation;
import jp.renkei.source.indicator.ExportFileName;
import jp.renkei.source.survey.Codebook;
import jp.renkei.source.survey.CodebookLoader;
import jp.renkei.source.survey.Demographic;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The floor's input, decoded to UTF-8 CSV before the clock starts: DuckDB's {@code read_csv} cannot read CP932
 * or .xlsx here, and the issue grants the floor its input "already decoded to UTF-8". Decoding goes through
 * renkei's own readers, so both contenders see the same cells.
 *
 * @param exports      decoded export → its export id (the file name up to the first {@code _})
 * @param survey       the first survey's responses, if the input has one
 * @param decodedBytes bytes of UTF-8 CSV written
 */
record FloorInput(Map<Path, String> exports, Path regions, Path catalogue, Path population,
                  Optional<SurveyFile> survey, long decodedBytes) {

    /**
     * A survey's responses as a CSV whose header is {@code c0, c1, …} (the vendor's two header rows dropped: the
     * second names sub-columns only), with the codebook's facts the floor needs.
     *
     * @param demographics demographic name → its column's header ({@code c<n>}), for the segments
     */
    record SurveyFile(Path responses, String surveyId, String regionCode, String periodKey,
                      Map<String, String> demographics) {
    }

    static FloorInput decode(Path input, Path utf8) throws IOException {
        Path indicators = Files.createDirectories(utf8.resolve("indicators"));
        Map<Path, String> exports = new LinkedHashMap<>();
        long bytes = 0;
        for (InputFile src : InputInventory.scan(input).of(SourceKind.INDICATORS)) {
            Path dst = indicators.resolve(String.format("%05d.csv", exports.size()));
            bytes += exportToUtf8Csv(src, dst); // the table only, wherever the book has it
            exports.put(dst, ExportFileName.parse(src.path().getFileName().toString()).exportId());
        }
        Path regions = utf8.resolve("regions.csv");
        Path catalogue = utf8.resolve("indicator_catalogue.csv");
        Path population = utf8.resolve("population_yearly.csv");
        bytes += toUtf8Csv(input.resolve("reference/regions.csv"), regions, 0, null);
        bytes += toUtf8Csv(input.resolve("reference/indicator_catalogue.csv"), catalogue, 0, null);
        bytes += toUtf8Csv(input.resolve("population/population_yearly.csv"), population, 0, null);

        Optional<SurveyFile> survey = Optional.empty();
        Optional<Path> codebookFile = SurveyPreparation.surveyFolders(input).stream().findFirst()
                .map(folder -> folder.resolve(CodebookLoader.FILE_NAME));
        if (codebookFile.isPresent()) {
            Codebook codebook = CodebookLoader.load(codebookFile.get(), codebookFile.get().toString());
            Path src = codebookFile.get().resolveSibling(codebook.responses().file());
            Path dst = utf8.resolve("responses.csv");
            List<String> firstHeader = new ArrayList<>();
            bytes += toUtf8Csv(src, dst, codebook.responses().headerRows(), firstHeader);
            Map<String, String> demographics = new LinkedHashMap<>();
            for (Demographic d : codebook.demographics()) {
                int column = firstHeader.indexOf(d.column());
                if (column >= 0) {
                    demographics.put(d.name(), "c" + column);
                }
            }
            survey = Optional.of(new SurveyFile(dst, codebook.survey().id(), codebook.survey().regionCode(),
                    codebook.survey().fielded().key(), demographics));
        }
        return new FloorInput(exports, regions, catalogue, population, survey, bytes);
    }

    /** An export's table (header, then data rows; no 出力日 line, no graph sheet) as UTF-8 CSV. */
    private static long exportToUtf8Csv(InputFile src, Path dst) throws IOException {
        try (Writer w = Files.newBufferedWriter(dst, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            new IndicatorExportReader().forEachTableRow(src.path(), src.relativePath(), row -> {
                try {
                    p.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return Files.size(dst);
    }

    /**
     * Decodes a CSV (UTF-8 or CP932) or .xlsx sheet through renkei's own reader and writes it as UTF-8 CSV,
     * from row {@code skipRows} on. With {@code firstHeader} given, the rows skipped are headers: the first is
     * copied into it, and the output gets the header {@code c0, c1, …} in their place. Rows are streamed, twice
     * (the width first): a national survey's responses held whole ran the benchmark's heap out.
     */
    static long toUtf8Csv(Path src, Path dst, int skipRows, List<String> firstHeader) throws IOException {
        String file = src.getFileName().toString();
        int[] width = {0};
        int[] seen = {0};
        SheetTable.forEachRow(src, file, null, row -> {
            if (firstHeader != null || seen[0] == skipRows) {
                width[0] = Math.max(width[0], row.size()); // a named header must cover every column of every row
            }
            if (firstHeader != null && seen[0] == 0) {
                for (int col = 0; col < row.size(); col++) {
                    String header = skipRows > 0 ? row.text(col) : null;
                    firstHeader.add(header == null ? "" : header);
                }
            }
            seen[0]++;
        });
        try (Writer w = Files.newBufferedWriter(dst, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            if (firstHeader != null) {
                while (firstHeader.size() < width[0]) {
                    firstHeader.add("");
                }
                List<String> names = new ArrayList<>(width[0]);
                for (int col = 0; col < width[0]; col++) {
                    names.add("c" + col);
                }
                p.printRecord(names);
            }
            int[] index = {0};
            SheetTable.forEachRow(src, file, null, row -> {
                if (index[0]++ < skipRows || row.isBlank()) {
                    return;
                }
                List<String> cells = new ArrayList<>(width[0]);
                for (int col = 0; col < Math.max(width[0], row.size()); col++) {
                    String v = row.text(col);
                    cells.add(v == null ? "" : v);
                }
                try {
                    p.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return Files.size(dst);
    }
}
