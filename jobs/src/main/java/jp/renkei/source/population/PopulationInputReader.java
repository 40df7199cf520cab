package jp.renkei.source.population;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.renkei.input.InputFile;
import jp.renkei.input.ReadResult;
import jp.renkei.source.SmallFilesReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The population step's reader: the e-Stat census CSV as downloaded, and renkei's yearly CSV, told apart by the
 * census's first line. The census covers every region of Japan: only the figures of the regions the region master
 * knows are read, the others passed over (counted in the log, not rejected).
 */
public class PopulationInputReader extends SmallFilesReader<PopulationFigure> {

    private static final Logger log = LoggerFactory.getLogger(PopulationInputReader.class);

    /** @param regions the region codes of the region master */
    public PopulationInputReader(Path inputRoot, List<InputFile> files, Set<String> regions) {
        super("population", files, f -> isCensus(f) ? ofRegions(f, new EstatCensusReader().read(inputRoot, f.path()), regions)
                : new YearlyPopulationReader().read(inputRoot, f.path()));
    }

    private static ReadResult<PopulationFigure> ofRegions(InputFile file, ReadResult<PopulationFigure> census,
                                                          Set<String> regions) {
        List<PopulationFigure> known = census.items().stream().filter(f -> regions.contains(f.regionCode().value())).toList();
        int passedOver = census.items().size() - known.size();
        if (passedOver > 0) {
            log.info("{}: passed over {} figures of regions not in the region master", file.relativePath(), passedOver);
        }
        return new ReadResult<>(census.file(), census.encoding(), census.layout(), known, census.rejects());
    }

    /** e-Stat's CSV starts with its metadata line 統計名：. */
    static boolean isCensus(InputFile file) throws IOException {
        return file.firstLine().contains("統計名");
    }
}
