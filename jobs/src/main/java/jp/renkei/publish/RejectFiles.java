package jp.renkei.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jp.renkei.config.SqlFiles;
import jp.renkei.input.SourceKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes output/rejects/&lt;source&gt;.csv: every skipped row of the input files the warehouse now reflects with its file, row, column,
 * what was found, what was expected and the whole message. UTF-8 with a BOM, so that Excel opens the
 * Japanese text as it is. A source without rejects has no file.
 */
public final class RejectFiles implements PublishedArtefact {

    public static final String DIR = "rejects";
    /** Every reject, with whether it is current (sql/rejects/). */
    private static final String LOAD_REJECTS = SqlFiles.read("rejects", "load_rejects.sql");

    private final String loadId;

    /** @param loadId the load being published: its rejects of books it could not read are published too */
    public RejectFiles(String loadId) {
        this.loadId = loadId;
    }

    @Override
    public String path() {
        return DIR;
    }

    @Override
    public boolean stage(Connection working, Path staged, java.time.LocalDate runDate, boolean nothingChanged)
            throws IOException, SQLException {
        writeInto(working, Files.createDirectories(staged), loadId);
        return true;
    }

    private static Writer bomWriter(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return w;
    }

    /** @return how many rejects were written */
    public static int write(Connection connection, Path outputDir) throws IOException, SQLException {
        return write(connection, outputDir, "");
    }

    /**
     * The rejects of the file versions the warehouse reflects, and those this load recorded for files it does not
     * reflect (a book that could not be read at all: its older version's values stay, but its reject is news).
     *
     * @return how many rejects were written
     */
    public static int write(Connection connection, Path outputDir, String loadId) throws IOException, SQLException {
        return writeInto(connection, Files.createDirectories(outputDir.resolve(DIR)), loadId);
    }

    /** Writes the reject files into {@code dir}; @return how many rejects were written */
    static int writeInto(Connection connection, Path dir, String loadId) throws IOException, SQLException {
        int total = 0;
        for (SourceKind kind : SourceKind.values()) {
            Path file = dir.resolve(kind.folder() + ".csv");
            Path tmp = dir.resolve("." + kind.folder() + ".csv.tmp");
            int n = 0;
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT relative_path, source_row, source_column, found, expected, message
                    FROM (%s) WHERE source_kind = ? AND (current_reject OR load_id = ?)
                    ORDER BY relative_path, source_row NULLS FIRST, source_column, message""".formatted(LOAD_REJECTS))) {
                ps.setString(1, kind.folder());
                ps.setString(2, loadId);
                try (ResultSet rs = ps.executeQuery();
                     Writer w = bomWriter(tmp);
                     CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                             .setHeader("file", "row", "column", "found", "expected", "message").get())) {
                    while (rs.next()) {
                        csv.printRecord(rs.getString(1), rs.getObject(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6));
                        n++;
                    }
                }
            }
            if (n > 0) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(file);
            }
            total += n;
        }
        return total;
    }
}
