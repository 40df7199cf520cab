package jp.renkei.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as a source labels it ({@code raw}), made comparable: the fiscal year (年度, April–March, named
 * by its start year), the calendar year, the month, the as-of date, the first and last day covered, and
 * whether the period is partial. Parse with {@link #parse(String)}.
 */
public record PeriodLabel(String raw, PeriodKind kind, Integer fiscalYear, Integer calendarYear, Integer month,
                          LocalDate asOfDate, LocalDate start, LocalDate end, boolean partial) {

    /** Forms renkei reads; quoted in every error so that the user sees what would have worked. */
    public static final String EXPECTED_FORMS = "a period label such as 2020, 2000.0, H26, R元, 令和2年度, H29年, "
            + "平成26年4月, 令和2年3月末, 令和7年3月末時点, 令和5年5月現在, 令和5年1月20日 or R6（R7/2月サービス提供分まで）";

    private static final String YEAR = "(?:(昭和|平成|令和|[SHRshr])(元|\\d{1,2})|(\\d{4})(?:\\.0+)?)";
    private static final Pattern LABEL = Pattern.compile(
            "^" + YEAR + "(年度|年)?(?:(\\d{1,2})月(?:(\\d{1,2})日)?(末時点|末現在|末|時点|現在)?)?$");
    private static final Pattern PARTIAL = Pattern.compile("^(.+?)\\((.+?)まで\\)$");
    private static final Pattern PARTIAL_THROUGH = Pattern.compile("^" + YEAR + "年?[/]?(\\d{1,2})月.*$");

    /** Thrown for a label renkei cannot read; the message says why and what was expected. */
    public static final class InvalidPeriodLabelException extends IllegalArgumentException {
        public InvalidPeriodLabelException(String message) {
            super(message);
        }
    }

    /** Canonical key of dim_period: FY2023, CY2017, Y2017, M2014-04, D2020-03-31, FY2024~2025-02. */
    public String key() {
        return switch (kind) {
            case FISCAL_YEAR, YEAR -> kind.keyPrefix() + fiscalYear
                    + (partial ? "~" + YearMonth.from(end) : "");
            case CALENDAR_YEAR -> kind.keyPrefix() + calendarYear;
            case MONTH -> kind.keyPrefix() + YearMonth.of(calendarYear, month);
            case AS_OF, DATE -> kind.keyPrefix() + asOfDate;
        };
    }

    /**
     * The 介護報酬改定 definition period: values across a revision (H30 = FY2018, R6 = FY2024) are not
     * strictly comparable. Taken from the fiscal year the period ends in.
     */
    public String revisionPeriod() {
        int fy = fiscalYearOf(end);
        if (fy < 2018) {
            return "H30改定前";
        }
        return fy < 2024 ? "H30改定" : "R6改定";
    }

    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** Reads one label; full-width digits and brackets are NFKC-normalised first, the raw text is kept. */
    public static PeriodLabel parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPeriodLabelException("empty period label; expected " + EXPECTED_FORMS);
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher partial = PARTIAL.matcher(text);
        if (partial.matches()) {
            return parsePartial(raw, partial.group(1), partial.group(2));
        }
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            throw new InvalidPeriodLabelException("cannot read period label \"" + raw + "\"; expected " + EXPECTED_FORMS);
        }
        int year = year(raw, m, 1);
        String yearSuffix = m.group(4);
        String monthText = m.group(5);
        if (monthText == null) {
            if ("年度".equals(yearSuffix)) {
                return fiscal(raw, PeriodKind.FISCAL_YEAR, year);
            }
            if ("年".equals(yearSuffix)) {
                return new PeriodLabel(raw, PeriodKind.CALENDAR_YEAR, null, year, null, null,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
            }
            return fiscal(raw, PeriodKind.YEAR, year);
        }
        if ("年度".equals(yearSuffix)) {
            throw new InvalidPeriodLabelException("period label \"" + raw + "\" names a month of a 年度; expected "
                    + EXPECTED_FORMS);
        }
        int month = Integer.parseInt(monthText);
        if (month < 1 || month > 12) {
            throw new InvalidPeriodLabelException("period label \"" + raw + "\" has month " + month
                    + "; expected a month from 1 to 12");
        }
        YearMonth ym = YearMonth.of(year, month);
        String dayText = m.group(6);
        String suffix = m.group(7);
        if (dayText != null) {
            LocalDate day;
            try {
                day = ym.atDay(Integer.parseInt(dayText));
            } catch (DateTimeException e) {
                throw new InvalidPeriodLabelException("period label \"" + raw + "\" names a day that does not exist ("
                        + ym + "-" + dayText + ")");
            }
            checkEra(raw, m, day, day);
            return new PeriodLabel(raw, PeriodKind.DATE, fiscalYearOf(day), year, month, day, day, day, false);
        }
        checkEra(raw, m, ym.atDay(1), ym.atEndOfMonth());
        if (suffix == null) {
            return new PeriodLabel(raw, PeriodKind.MONTH, fiscalYearOf(ym.atDay(1)), year, month, null,
                    ym.atDay(1), ym.atEndOfMonth(), false);
        }
        LocalDate asOf = ym.atEndOfMonth();
        return new PeriodLabel(raw, PeriodKind.AS_OF, fiscalYearOf(asOf), year, month, asOf, asOf, asOf, false);
    }

    private static PeriodLabel parsePartial(String raw, String baseText, String throughText) {
        PeriodLabel base = parse(baseText);
        if (base.kind != PeriodKind.YEAR && base.kind != PeriodKind.FISCAL_YEAR) {
            throw new InvalidPeriodLabelException("period label \"" + raw + "\" marks a part of something that is not a year; expected "
                    + EXPECTED_FORMS);
        }
        Matcher t = PARTIAL_THROUGH.matcher(throughText);
        if (!t.matches()) {
            throw new InvalidPeriodLabelException("cannot read the partial period \"" + throughText + "\" in \"" + raw
                    + "\"; expected a year and month such as R7/2月サービス提供分");
        }
        YearMonth through = YearMonth.of(year(raw, t, 1), Integer.parseInt(t.group(4)));
        LocalDate start = LocalDate.of(base.fiscalYear, 4, 1);
        if (through.atEndOfMonth().isBefore(start) || through.atEndOfMonth().isAfter(start.plusYears(1).minusDays(1))) {
            throw new InvalidPeriodLabelException("period label \"" + raw + "\": " + through + " lies outside 年度 "
                    + base.fiscalYear + "; expected a month from " + YearMonth.from(start) + " to "
                    + YearMonth.from(start.plusMonths(11)));
        }
        return new PeriodLabel(raw, PeriodKind.FISCAL_YEAR, base.fiscalYear, null, null, null, start,
                through.atEndOfMonth(), true);
    }

    private static PeriodLabel fiscal(String raw, PeriodKind kind, int year) {
        LocalDate start = LocalDate.of(year, 4, 1);
        return new PeriodLabel(raw, kind, year, null, null, null, start, start.plusYears(1).minusDays(1), false);
    }

    /** The Gregorian year of groups (era, era year, western year) starting at {@code group}. */
    private static int year(String raw, Matcher m, int group) {
        String eraToken = m.group(group);
        if (eraToken == null) {
            int y = Integer.parseInt(m.group(group + 2));
            if (y < 1900 || y > 2100) {
                throw new InvalidPeriodLabelException("period label \"" + raw + "\" has year " + y
                        + "; expected a year from 1900 to 2100");
            }
            return y;
        }
        JapaneseEra era = JapaneseEra.fromToken(eraToken).orElseThrow();
        String n = m.group(group + 1);
        int eraYear = n.equals("元") ? 1 : Integer.parseInt(n);
        if (eraYear < 1 || eraYear > era.lastEraYear()) {
            throw new InvalidPeriodLabelException("period label \"" + raw + "\": " + era.name() + " has no year "
                    + eraYear + "; expected " + era.name() + " 元年 to " + era.lastEraYear() + "年");
        }
        return era.gregorianYear(eraYear);
    }

    /** A month or day named in an era must lie (at least partly) within that era. */
    private static void checkEra(String raw, Matcher m, LocalDate from, LocalDate to) {
        String eraToken = m.group(1);
        if (eraToken == null) {
            return;
        }
        JapaneseEra era = JapaneseEra.fromToken(eraToken).orElseThrow();
        if (to.isBefore(era.firstDay()) || from.isAfter(era.lastDay())) {
            throw new InvalidPeriodLabelException("period label \"" + raw + "\" does not exist: " + era.name()
                    + " ran from " + era.firstDay() + (era.lastDay().equals(LocalDate.MAX) ? "" : " to " + era.lastDay()));
        }
    }
}
