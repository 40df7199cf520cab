package jp.renkei.source.indicator;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;

/**
 * Row 1 of an export: {@code 出力日：2023/09/01}, sometimes followed (in the same cell after a space, or in
 * column B) by {@code 確認している地域：埼玉県行田市}. Either may be absent.
 */
record OutputDateLine(LocalDate exportedOn, String checkedRegion) {

    static final OutputDateLine NONE = new OutputDateLine(null, null);

    // matched on NFKC text, where ： has become : and full-width digits ASCII ones
    private static final Pattern DATE = Pattern.compile("出力日\\s*:\\s*(\\d{4})[/.年-](\\d{1,2})[/.月-](\\d{1,2})日?");
    // the 出力日 token as written, up to the next space (the region may follow in the same cell)
    private static final Pattern DATE_LABEL = Pattern.compile("出力日\\s*[:：]\\s*\\S*");
    private static final Pattern REGION = Pattern.compile("確認している地域\\s*[:：]\\s*(\\S+)");

    static OutputDateLine parse(String file, SheetRow row) {
        if (row == null || row.number() != 1) {
            return NONE;
        }
        String text = String.join(" ", row.cells()).strip();
        LocalDate exportedOn = null;
        Matcher label = DATE_LABEL.matcher(text);
        if (label.find()) {
            Matcher date = DATE.matcher(Normalizer.normalize(label.group(), Normalizer.Form.NFKC));
            if (!date.matches()) {
                throw badDate(file, label.group());
            }
            try {
                exportedOn = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3)));
            } catch (DateTimeException e) {
                throw badDate(file, label.group());
            }
        }
        Matcher region = REGION.matcher(text);
        return new OutputDateLine(exportedOn, region.find() ? region.group(1) : null);
    }

    private static InputFileException badDate(String file, String found) {
        return new InputFileException(InputProblem.at(file, 1, "A", "出力日 is not a date", found, "出力日：YYYY/MM/DD"));
    }
}
