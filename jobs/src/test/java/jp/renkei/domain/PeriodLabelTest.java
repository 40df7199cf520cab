package jp.renkei.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodLabelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # label                            | kind          | key             | FY   | CY   | month | as-of      | start      | end        | partial
            2000                               | YEAR          | Y2000           | 2000 | null | null  | null       | 2000-04-01 | 2001-03-31 | false
            2000.0                             | YEAR          | Y2000           | 2000 | null | null  | null       | 2000-04-01 | 2001-03-31 | false
            H26                                | YEAR          | Y2014           | 2014 | null | null  | null       | 2014-04-01 | 2015-03-31 | false
            R元                                | YEAR          | Y2019           | 2019 | null | null  | null       | 2019-04-01 | 2020-03-31 | false
            R2                                 | YEAR          | Y2020           | 2020 | null | null  | null       | 2020-04-01 | 2021-03-31 | false
            平成24年度                           | FISCAL_YEAR   | FY2012          | 2012 | null | null  | null       | 2012-04-01 | 2013-03-31 | false
            令和元年度                           | FISCAL_YEAR   | FY2019          | 2019 | null | null  | null       | 2019-04-01 | 2020-03-31 | false
            平成31年度                           | FISCAL_YEAR   | FY2019          | 2019 | null | null  | null       | 2019-04-01 | 2020-03-31 | false
            令和2年3月末                         | AS_OF         | D2020-03-31     | 2019 | 2020 | 3     | 2020-03-31 | 2020-03-31 | 2020-03-31 | false
            令和7年3月末時点                     | AS_OF         | D2025-03-31     | 2024 | 2025 | 3     | 2025-03-31 | 2025-03-31 | 2025-03-31 | false
            平成26年4月                          | MONTH         | M2014-04        | 2014 | 2014 | 4     | null       | 2014-04-01 | 2014-04-30 | false
            H29年                              | CALENDAR_YEAR | CY2017          | null | 2017 | null  | null       | 2017-01-01 | 2017-12-31 | false
            R1年                               | CALENDAR_YEAR | CY2019          | null | 2019 | null  | null       | 2019-01-01 | 2019-12-31 | false
            平成31年                             | CALENDAR_YEAR | CY2019          | null | 2019 | null  | null       | 2019-01-01 | 2019-12-31 | false
            令和元年                             | CALENDAR_YEAR | CY2019          | null | 2019 | null  | null       | 2019-01-01 | 2019-12-31 | false
            R6（R7/2月サービス提供分まで）        | FISCAL_YEAR   | FY2024~2025-02  | 2024 | null | null  | null       | 2024-04-01 | 2025-02-28 | true
            令和5年5月現在                       | AS_OF         | D2023-05-31     | 2023 | 2023 | 5     | 2023-05-31 | 2023-05-31 | 2023-05-31 | false
            令和5年9月末                         | AS_OF         | D2023-09-30     | 2023 | 2023 | 9     | 2023-09-30 | 2023-09-30 | 2023-09-30 | false
            令和5年1月20日                       | DATE          | D2023-01-20     | 2022 | 2023 | 1     | 2023-01-20 | 2023-01-20 | 2023-01-20 | false
            ２０２０                              | YEAR          | Y2020           | 2020 | null | null  | null       | 2020-04-01 | 2021-03-31 | false
            令和２年度                           | FISCAL_YEAR   | FY2020          | 2020 | null | null  | null       | 2020-04-01 | 2021-03-31 | false
            2020年度                            | FISCAL_YEAR   | FY2020          | 2020 | null | null  | null       | 2020-04-01 | 2021-03-31 | false
            昭和64年1月                          | MONTH         | M1989-01        | 1988 | 1989 | 1     | null       | 1989-01-01 | 1989-01-31 | false
            平成元年1月8日                       | DATE          | D1989-01-08     | 1988 | 1989 | 1     | 1989-01-08 | 1989-01-08 | 1989-01-08 | false
            # real downloads: a month without 末, ASCII brackets, 末時点 in the next 年度 beside 3月末 of the one before
            令和3年4月                           | MONTH         | M2021-04        | 2021 | 2021 | 4     | null       | 2021-04-01 | 2021-04-30 | false
            令和6年度(R7/2月サービス提供分まで)    | FISCAL_YEAR   | FY2024~2025-02  | 2024 | null | null  | null       | 2024-04-01 | 2025-02-28 | true
            令和6年度（R7/2月サービス提供分まで）   | FISCAL_YEAR   | FY2024~2025-02  | 2024 | null | null  | null       | 2024-04-01 | 2025-02-28 | true
            令和8年3月末                         | AS_OF         | D2026-03-31     | 2025 | 2026 | 3     | 2026-03-31 | 2026-03-31 | 2026-03-31 | false
            令和8年4月末時点                     | AS_OF         | D2026-04-30     | 2026 | 2026 | 4     | 2026-04-30 | 2026-04-30 | 2026-04-30 | false
            """)
    void readsEveryFormInDomainDoc(String label, PeriodKind kind, String key, Integer fy, Integer cy, Integer month,
                                   LocalDate asOf, LocalDate start, LocalDate end, boolean partial) {
        PeriodLabel p = PeriodLabel.parse(label);
        assertThat(p.raw()).isEqualTo(label);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.key()).isEqualTo(key);
        assertThat(p.fiscalYear()).isEqualTo(fy);
        assertThat(p.calendarYear()).isEqualTo(cy);
        assertThat(p.month()).isEqualTo(month);
        assertThat(p.asOfDate()).isEqualTo(asOf);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.partial()).isEqualTo(partial);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            H29年   | H30改定前
            H30年   | H30改定
            R5      | H30改定
            R6（R7/2月サービス提供分まで） | R6改定
            """)
    void knowsTheRevisionPeriod(String label, String revision) {
        assertThat(PeriodLabel.parse(label).revisionPeriod()).isEqualTo(revision);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            平成31年5月1日 | period label "平成31年5月1日" does not exist: 平成 ran from 1989-01-08 to 2019-04-30
            平成31年5月   | period label "平成31年5月" does not exist: 平成 ran from 1989-01-08 to 2019-04-30
            令和元年4月   | period label "令和元年4月" does not exist: 令和 ran from 2019-05-01
            平成32年度    | period label "平成32年度": 平成 has no year 32; expected 平成 元年 to 31年
            令和2年13月   | period label "令和2年13月" has month 13; expected a month from 1 to 12
            令和2年2月30日 | period label "令和2年2月30日" names a day that does not exist (2020-02-30)
            第3期         | cannot read period label "第3期"; expected a period label such as 2020, 2000.0, H26, R元, 令和2年度, H29年, 平成26年4月, 令和2年3月末, 令和7年3月末時点, 令和5年5月現在, 令和5年1月20日 or R6（R7/2月サービス提供分まで）
            R6（R8/2月サービス提供分まで） | period label "R6（R8/2月サービス提供分まで）": 2026-02 lies outside 年度 2024; expected a month from 2024-04 to 2025-03
            1850         | period label "1850" has year 1850; expected a year from 1900 to 2100
            """)
    void rejectsWhatDoesNotExistWithAClearMessage(String label, String message) {
        assertThatThrownBy(() -> PeriodLabel.parse(label))
                .isInstanceOf(PeriodLabel.InvalidPeriodLabelException.class)
                .hasMessage(message);
    }

    /** Two as-of columns side by side (a 年度's 3月末 and the 4月末時点 after it) stay two periods with two keys. */
    @org.junit.jupiter.api.Test
    void twoAsOfColumnsStayTwoPeriods() {
        PeriodLabel march = PeriodLabel.parse("令和7年3月末");
        PeriodLabel april = PeriodLabel.parse("令和7年4月末時点");
        assertThat(march.key()).isEqualTo("D2025-03-31");
        assertThat(april.key()).isEqualTo("D2025-04-30");
        assertThat(PeriodLabel.parse("令和2年\n3月末").key()).isEqualTo("D2020-03-31"); // a header cell with a line break
    }
}
