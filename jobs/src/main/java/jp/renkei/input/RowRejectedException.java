package jp.renkei.input;

/** One row that cannot be loaded; the load skips it, records it in the rejects and goes on. */
public class RowRejectedException extends RuntimeException {

    private final transient InputProblem problem;

    public RowRejectedException(InputProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public InputProblem problem() {
        return problem;
    }
}
