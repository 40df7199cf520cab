package jp.renkei.normalise.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.source.survey.Codebook;
import jp.renkei.source.survey.CodebookLoader;
import jp.renkei.source.survey.ResponsesReader;
import jp.renkei.source.survey.SurveyResponses;

/** From a survey folder to everything the load writes: codebook, responses, pseudonymised facts, published cells. */
public final class SurveyPreparation {

    /** Survey folders live here, below the input folder. */
    public static final String SURVEYS = "surveys";

    private SurveyPreparation() {
    }

    /** The survey folders below {@code inputRoot}/surveys that hold a codebook.yaml, by name. */
    public static List<Path> surveyFolders(Path inputRoot) {
        Path surveys = inputRoot.resolve(SURVEYS);
        if (!Files.isDirectory(surveys)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(surveys)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(CodebookLoader.FILE_NAME))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param inputRoot the input folder (messages name files relative to it)
     * @param surveyDir a folder with codebook.yaml and the response file it names
     * @param hmacKey   the pseudonymisation key from configuration (at least 32 bytes)
     * @param rule      small-cell suppression
     * @throws jp.renkei.source.survey.CodebookException for a codebook with mistakes
     * @throws InputFileException for a response file that cannot be read
     */
    public static PreparedSurvey prepare(Path inputRoot, Path surveyDir, byte[] hmacKey, SuppressionRule rule) {
        RespondentPseudonymiser pseudonymiser = new RespondentPseudonymiser(hmacKey);
        Path codebookPath = surveyDir.resolve(CodebookLoader.FILE_NAME);
        Codebook codebook = CodebookLoader.load(codebookPath, relative(inputRoot, codebookPath));
        Path responsesPath = surveyDir.resolve(codebook.responses().file());
        String responsesFile = relative(inputRoot, responsesPath);
        if (!Files.isRegularFile(responsesPath)) {
            throw new InputFileException(InputProblem.ofFile(responsesFile, "response file not found",
                    "no such file (named by " + codebook.file() + " responses.file)", "the survey's response file"));
        }
        SurveyResponses responses = ResponsesReader.read(codebook, responsesPath, responsesFile);
        return new PreparedSurvey(codebook, codebook.survey().fielded(), responses.encoding(),
                SurveyFacts.of(codebook, responses, pseudonymiser),
                SurveyResults.compute(codebook, responses.respondents(), rule), responses.problems(), responses.records(),
                responses.repeats(), NumericResults.compute(codebook, responses.respondents(), rule));
    }

    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path rel = abs.startsWith(base) ? base.relativize(abs) : abs.getFileName();
        return rel.toString().replace('\\', '/');
    }
}
