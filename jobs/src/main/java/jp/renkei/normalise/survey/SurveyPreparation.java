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
     * The survey with every respondent's rows collected in memory: for tests and small surveys. The load streams
     * them instead ({@link #prepare(Path, Path, byte[], SuppressionRule, RespondentSink)}).
     */
    public static PreparedSurvey prepare(Path inputRoot, Path surveyDir, byte[] hmacKey, SuppressionRule rule) {
        SurveyFacts.Collector collector = new SurveyFacts.Collector();
        PreparedSurvey survey = prepare(inputRoot, surveyDir, hmacKey, rule, collector);
        return new PreparedSurvey(survey.codebook(), survey.period(), survey.encoding(), collector.facts(survey.facts()),
                survey.results(), survey.problems(), survey.records(), survey.repeats(), survey.numeric());
    }

    /**
     * Reads the survey respondent by respondent: each goes to {@code sink} as it is read and is added to the counts
     * of the published tables, and none is kept, so that memory does not grow with the respondents.
     *
     * @param inputRoot the input folder (messages name files relative to it)
     * @param surveyDir a folder with codebook.yaml and the response file it names
     * @param hmacKey   the pseudonymisation key from configuration (at least 32 bytes)
     * @param rule      small-cell suppression
     * @param sink      takes the survey's questions, then every respondent's rows
     * @return the survey without its respondents' rows (they went to {@code sink}), with the published cells
     * @throws jp.renkei.source.survey.CodebookException for a codebook with mistakes
     * @throws InputFileException for a response file that cannot be read
     */
    public static PreparedSurvey prepare(Path inputRoot, Path surveyDir, byte[] hmacKey, SuppressionRule rule,
                                         RespondentSink sink) {
        RespondentPseudonymiser pseudonymiser = new RespondentPseudonymiser(hmacKey);
        Path codebookPath = surveyDir.resolve(CodebookLoader.FILE_NAME);
        Codebook codebook = CodebookLoader.load(codebookPath, relative(inputRoot, codebookPath));
        Path responsesPath = surveyDir.resolve(codebook.responses().file());
        String responsesFile = relative(inputRoot, responsesPath);
        if (!Files.isRegularFile(responsesPath)) {
            throw new InputFileException(InputProblem.ofFile(responsesFile, "response file not found",
                    "no such file (named by " + codebook.file() + " responses.file)", "the survey's response file"));
        }
        var questions = SurveyFacts.questionRows(codebook);
        var options = SurveyFacts.optionRows(codebook);
        sink.begin(codebook, questions, options);
        SurveyTally tally = new SurveyTally(codebook);
        SurveyFacts.RespondentRows rows = new SurveyFacts.RespondentRows(codebook, pseudonymiser);
        SurveyResponses responses = ResponsesReader.read(codebook, responsesPath, responsesFile, r -> {
            tally.add(r);
            rows.emit(r, sink);
        });
        SurveyFacts facts = SurveyFacts.dimensions(SurveyFacts.surveyRow(codebook, responses.file(), responses.respondents()),
                questions, options);
        return new PreparedSurvey(codebook, codebook.survey().fielded(), responses.encoding(), facts,
                SurveyResults.compute(codebook, tally, rule), responses.problems(), responses.records(), responses.repeats(),
                NumericResults.compute(codebook, tally, rule));
    }

    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path rel = abs.startsWith(base) ? base.relativize(abs) : abs.getFileName();
        return rel.toString().replace('\\', '/');
    }
}
