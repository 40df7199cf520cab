package jp.renkei.source.survey;

/**
 * One mistake in a codebook.
 *
 * @param file     the codebook, relative to the input folder
 * @param line     1-based line in the codebook, or null when the mistake is not at one place
 * @param path     where in the codebook: questions[2].options[0].code (0-based list indexes)
 * @param what     what is wrong, in a few words
 * @param found    what the codebook held, or null for nothing
 * @param expected what was expected instead
 */
public record CodebookProblem(String file, Integer line, String path, String what, String found, String expected) {

    /** e.g. {@code surveys/x/codebook.yaml line 14 questions[0].type: unknown question type: found "XA", expected SA, MA, numeric or free_text}. */
    public String message() {
        StringBuilder m = new StringBuilder(file);
        if (line != null) {
            m.append(" line ").append(line);
        }
        if (path != null && !path.isEmpty()) {
            m.append(' ').append(path);
        }
        m.append(": ").append(what);
        m.append(": found ").append(found == null ? "nothing" : '"' + found + '"');
        m.append(", expected ").append(expected);
        return m.toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
