package jp.renkei.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputInventory;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceKind;
import jp.renkei.source.indicator.ExportSeries;
import jp.renkei.source.reference.CatalogueFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists every series of the exports in reference/indicator_catalogue.csv, for staff to annotate. No Spring here. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = {"Writes DIR/reference/indicator_catalogue.csv listing every series seen in DIR/indicators/ "
                + "(export ID and the 指標 cell; the two display modes of a series are one row).",
                "A file already there is updated: every row of it is kept as staff wrote it, and only new series are "
                        + "added: with the row of renkei's default catalogue when it has one, otherwise with the id an "
                        + "uncatalogued load gives (export ID + series name), the series name as name, the base and "
                        + "multiplier its name carries, and empty scenes, 取組 and note. Fill in scenes (4つの場面), "
                        + "initiatives (ア〜ク), names and bases, then load.",
                "Exit codes: 0 written, 1 written but some exports could not be read (listed), or the file could "
                        + "not be written, 2 usage error."})
public class CatalogueCommand implements Callable<Integer> {

    static final String FILE = "reference/indicator_catalogue.csv";

    @Option(names = "--input", defaultValue = "input", paramLabel = "DIR",
            description = "Input folder whose indicators/ is read and whose " + FILE + " is written (default: ${DEFAULT-VALUE}).")
    Path input;

    @Override
    public Integer call() {
        InputInventory inventory;
        try {
            inventory = InputInventory.scan(input);
        } catch (InputFileException e) {
            System.err.println("renkei catalogue: " + e.getMessage());
            return 1;
        }
        ExportSeries.Found found = ExportSeries.of(inventory.of(SourceKind.INDICATORS));
        for (InputProblem p : found.unreadable()) {
            System.err.println("renkei catalogue: passed over " + p.message());
        }
        try {
            CatalogueFile.Written w = CatalogueFile.update(input, input.resolve(FILE), found.series().stream()
                    .map(s -> Map.entry(s.exportId(), s.series())).toList());
            System.out.printf("renkei catalogue: %d series in %d exports; wrote %s: %d rows kept, %d added%n",
                    found.series().size(), inventory.of(SourceKind.INDICATORS).size() - found.unreadable().size(),
                    w.file(), w.kept(), w.added());
        } catch (InputFileException e) {
            System.err.println("renkei catalogue: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("renkei catalogue: cannot write " + input.resolve(FILE) + ": " + e.getMessage());
            return 1;
        }
        return found.unreadable().isEmpty() ? 0 : 1;
    }
}
