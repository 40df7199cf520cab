package jp.renkei.source.survey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.TextDecoder;

/**
 * Reads and checks a survey codebook (YAML, described in docs/survey-codebook.md): Jackson binds it to records
 * ({@link CodebookYamlReader}), keeping every value as the text the analyst typed ({@code 2019-07} stays a period
 * label, {@code 01} a code), and the rules ({@link CodebookRules}) check it, naming the line and place of each
 * mistake. Every mistake found is collected and thrown together in one {@link CodebookException}.
 */
public final class CodebookLoader {

    /** The file name renkei looks for in every survey folder. */
    public static final String FILE_NAME = "codebook.yaml";

    /** No-answer marks when neither the survey nor the question says: blank, 99 and -1 (not 9: it is often a code). */
    public static final Set<String> DEFAULT_NO_ANSWER = Set.of("", "99", "-1");

    /** Option codes renkei itself uses for the rows of a published table that are not options. */
    public static final Set<String> RESERVED_CODES = Set.of("無回答", "無効");

    private CodebookLoader() {
    }

    /**
     * Loads the codebook at {@code path}; {@code file} is its path relative to the input folder.
     *
     * @throws CodebookException listing every mistake
     * @throws InputFileException when the file cannot be read or decoded at all
     */
    public static Codebook load(Path path, String file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputFileException(InputProblem.ofFile(file, "cannot read the codebook", e.toString(), "a readable file"), e);
        }
        return parse(TextDecoder.decode(file, bytes).text(), file);
    }

    /** Loads a codebook from text, as if read from {@code file}. */
    public static Codebook parse(String text, String file) {
        return CodebookRules.check(CodebookYamlReader.read(text, file), file);
    }

    /** No-answer marks as messages list them: sorted, blank named. */
    static String describeTokens(Set<String> tokens) {
        return CodebookValues.describeTokens(tokens);
    }
}
