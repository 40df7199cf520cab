package jp.renkei.job;

/** What a command's exit status means, for cron, systemd and the README's "When a run fails". */
public final class ExitCode {

    /** The load completed and published (or had nothing to do). */
    public static final int OK = 0;
    /** The load failed and published nothing; `validate`: something would be rejected. */
    public static final int FAILED = 1;
    /** A usage error, such as a run date earlier than the newest published snapshot. */
    public static final int USAGE = 2;
    /**
     * The load completed and published, but at least one 見える化 book could not be read at all: it was rejected whole
     * and what it supplied before is kept. Not 0, so that cron and systemd see it.
     */
    public static final int UNREADABLE_BOOKS = 4;
    /** Another load holds the output folder (EX_TEMPFAIL: try again later). */
    public static final int LOCKED = 75;
    /** The load was stopped by SIGTERM (128 + 15, as the shell reports it): restartable. */
    public static final int STOPPED = 143;

    private ExitCode() {
    }
}
