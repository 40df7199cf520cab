package jp.renkei.source.survey;

import java.util.List;
import java.util.Set;

/**
 * A respondent attribute results are cross-tabulated by (性別, 年代 or 年齢, 地区). Exactly one of
 * {@code options} (a coded or labelled column) and {@code bands} (a numeric column banded) is non-empty.
 *
 * @param id       id in the codebook (sex, age, district)
 * @param name     name as segments show it (性別 → segment 性別=女)
 * @param role     sex, age, district or other: which fixed column of the respondent dimension it fills
 * @param column   column reference in the response file
 * @param options  codes and labels, for a coded column
 * @param bands    bands, for a numeric column
 * @param noAnswer cell texts meaning 無回答
 */
public record Demographic(String id, String name, Role role, String column, List<ChoiceOption> options,
                          List<AgeBand> bands, Set<String> noAnswer) {

    /** The band of respondents who left the attribute blank or gave an unreadable value. */
    public static final String NO_ANSWER_BAND = "無回答";

    public enum Role {
        SEX, AGE, DISTRICT, OTHER
    }

    public Demographic {
        options = List.copyOf(options);
        bands = List.copyOf(bands);
        noAnswer = Set.copyOf(noAnswer);
    }

    /** Band labels in published order, without 無回答. */
    public List<String> bandLabels() {
        return options.isEmpty() ? bands.stream().map(AgeBand::label).toList()
                : options.stream().map(ChoiceOption::label).toList();
    }
}
