package jp.renkei.load;

import static jp.renkei.warehouse.generated.Tables.LOAD_REJECT;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import jp.renkei.input.InputInventory;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceKind;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Appends rejected input rows to load_reject, in the caller's transaction. */
public final class Rejects {

    private Rejects() {
    }

    /** The same, on the connection of the current Spring transaction. */
    public static void append(DataSource dataSource, String loadId, InputInventory inventory, SourceKind kind,
                              List<InputProblem> problems) throws SQLException {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            append(c, loadId, inventory, kind, problems);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    public static void append(Connection c, String loadId, InputInventory inventory, SourceKind kind,
                              List<InputProblem> problems) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        try (StagingAppender a = StagingAppender.open(c, LOAD_REJECT)) {
            for (InputProblem p : problems) {
                a.beginRow().text(loadId).text(inventory.sourceFileIdOf(p.file())).text(kind.folder()).text(p.file()).integer(p.row()).text(p.column())
                        .text(p.found()).text(p.expected()).text(p.message()).endRow();
            }
        }
    }
}
