package jp.renkei.input;

import java.util.List;
import jp.renkei.domain.Initiatives;
import jp.renkei.domain.Scenes;

/** Cells listing 場面 or 具体的取組, turned into codes, with a message naming the part that is not one. */
public final class CodeListCells {

    public static final String SCENES_EXPECTED = "scenes 日常の療養支援, 入退院支援, 急変時の対応, 看取り or 1-4 (①-④),"
            + " separated by ・ , 、 / or spaces";
    public static final String INITIATIVES_EXPECTED = "letters ア〜ク such as (エ)(キ), エ・キ or （エ）";

    private CodeListCells() {
    }

    /** The scene codes, or null after adding the problem. */
    public static List<Integer> scenes(String file, int row, String column, String text, List<InputProblem> problems) {
        try {
            return Scenes.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.at(file, row, column, "unknown scene" + part(e.getMessage(), text), text,
                    SCENES_EXPECTED));
            return null;
        }
    }

    /** The initiative letters, or null after adding the problem. */
    public static List<String> initiatives(String file, int row, String column, String text, List<InputProblem> problems) {
        try {
            return Initiatives.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.at(file, row, column, "unknown initiative" + part(e.getMessage(), text), text,
                    INITIATIVES_EXPECTED));
            return null;
        }
    }

    // In a list such as "日常の療養支援・在宅", say which part is wrong.
    private static String part(String token, String text) {
        return token.equals(text.strip()) ? "" : " " + token;
    }
}
