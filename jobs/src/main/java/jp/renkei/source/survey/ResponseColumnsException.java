package jp.renkei.source.survey;

import java.util.List;
import java.util.stream.Collectors;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;

/**
 * The codebook names columns the response file's header does not have (or has twice): every such reference at
 * once, so that the analyst fixes them in one go rather than one run at a time.
 */
public class ResponseColumnsException extends InputFileException {

    private final transient List<InputProblem> problems;

    public ResponseColumnsException(List<InputProblem> problems) {
        super(problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.stream().map(InputProblem::message).collect(Collectors.joining("\n  "));
    }
}
