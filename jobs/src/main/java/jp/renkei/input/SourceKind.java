package jp.renkei.input;

/** The kinds of input, each in its own folder below the input folder. */
public enum SourceKind {
    REFERENCE("reference"),
    POPULATION("population"),
    INDICATORS("indicators"),
    ACTIVITIES("activities"),
    SURVEYS("surveys");

    private final String folder;

    SourceKind(String folder) {
        this.folder = folder;
    }

    /** The folder below the input folder, and the name used in rejects and messages. */
    public String folder() {
        return folder;
    }
}
