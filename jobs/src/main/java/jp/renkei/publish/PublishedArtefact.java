package jp.renkei.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Something published together with the warehouse and the snapshot, in the same {@link Switchover}: a file or a
 * folder under the output folder (the rejects, a report). It is written aside first; it becomes visible with the
 * rest or not at all, and a failed or killed publish puts its previous version back.
 */
public interface PublishedArtefact {

    /** Its path under the output folder, with '/' ({@code rejects}, {@code report}). */
    String path();

    /**
     * Writes the new version at {@code staged} (which does not exist yet; a folder artefact creates it) from the
     * working warehouse, which holds the load being published.
     *
     * @param nothingChanged this night publishes the input, the rows and the schema the last publish did: only its
     *                       snapshot date and its load are new
     * @return false when there is nothing new to publish: the published version is then left as it is
     */
    boolean stage(Connection working, Path staged, LocalDate runDate, boolean nothingChanged) throws IOException, SQLException;
}
