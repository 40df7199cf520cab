package jp.renkei.source.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jp.renkei.input.InputFile;
import jp.renkei.source.SmallFilesReader;

/**
 * The reference step's reader: the region masters (renkei's layout or the code4fukui list) and the indicator
 * catalogues of input/reference/, told apart by their header.
 */
public class ReferenceInputReader extends SmallFilesReader<ReferenceEntry> {

    public ReferenceInputReader(Path inputRoot, List<InputFile> files) {
        super("reference", files, f -> isCatalogue(f) ? new IndicatorCatalogueReader().read(inputRoot, f.path())
                : new RegionMasterReader().read(inputRoot, f.path()));
    }

    /** The catalogue's header names indicator_id; a region master's never does. */
    static boolean isCatalogue(InputFile file) throws IOException {
        return file.firstLine().contains("indicator_id");
    }
}
