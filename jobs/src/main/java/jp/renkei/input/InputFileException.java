package jp.renkei.input;

/** A file that cannot be read at all: its step fails and nothing is published. */
public class InputFileException extends RuntimeException {

    private final transient InputProblem problem;

    public InputFileException(InputProblem problem) {
        this(problem, null);
    }

    public InputFileException(InputProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public InputProblem problem() {
        return problem;
    }
}
