package jp.renkei.source.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The option a cell names, by code first, then by label (compared as {@link Cells#label}): the options' own keys
 * worked out once per question rather than once per cell.
 */
final class OptionLookup {

    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byLabel = new HashMap<>();

    OptionLookup(List<ChoiceOption> options) {
        // the first option wins, as a scan in option order would
        for (ChoiceOption o : options) {
            byCode.putIfAbsent(o.code(), o.code());
        }
        for (ChoiceOption o : options) {
            byLabel.putIfAbsent(Cells.label(o.label()), o.code());
        }
    }

    Optional<String> resolve(String raw) {
        String key = Cells.code(raw);
        String code = byCode.get(key);
        if (code == null) {
            code = byLabel.get(Cells.label(raw));
        }
        if (code == null) {
            var anchored = AnswerParser.ANCHORED.matcher(key);
            if (anchored.matches()) {
                code = byCode.get(Cells.code(anchored.group(1))); // a scale answer with its anchor text: 10 (ぜひ薦めたい)
            }
        }
        return Optional.ofNullable(code);
    }
}
