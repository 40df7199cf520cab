package jp.renkei.source.survey;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A codebook that cannot be used. It lists every mistake found, not only the first, so that the analyst
 * fixes them in one go; nothing of the survey is loaded.
 */
public class CodebookException extends RuntimeException {

    private final transient List<CodebookProblem> problems;

    public CodebookException(List<CodebookProblem> problems) {
        super(problems.stream().map(CodebookProblem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CodebookProblem> problems() {
        return problems;
    }
}
