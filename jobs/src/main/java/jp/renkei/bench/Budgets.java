package jp.renkei.bench;

/** The budgets the benchmark holds its figures to (the README's benchmark table states the same). */
public final class Budgets {

    /** The national load's peak RSS, the whole process as the operating system counts it: under 1.5 GiB. */
    public static final long LOAD_PEAK_RSS_BYTES = 1536L << 20;

    /** The council report written again from the published warehouse, the whole process: under 10 s. */
    public static final double REPORT_SECONDS = 10.0;

    private Budgets() {
    }
}
