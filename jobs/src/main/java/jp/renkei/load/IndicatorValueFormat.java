package jp.renkei.load;

import java.sql.SQLException;
import java.util.Optional;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.normalise.IndicatorValueRow;
import jp.renkei.normalise.NormalisedValue;

/** stg_indicator_value's columns, in the order of sql/schema/030_facts.sql. */
public final class IndicatorValueFormat implements RowFormat<IndicatorValueRow> {

    @Override
    public String stagingTable() {
        return "stg_indicator_value";
    }

    @Override
    public void append(StagingAppender a, IndicatorValueRow r, String loadId) throws SQLException {
        NormalisedValue v = r.value();
        a.text(r.indicatorId()).text(r.regionCode()).text(r.period().key()).text(r.period().raw())
                .text(r.publishedText()).number(v.published()).text(r.unit()).text(v.kind().code())
                .text(v.base() == null ? null : v.base().label()).integer(v.multiplier())
                .number(v.numerator()).bool(v.numeratorEstimated()).bigint(v.denominator()).date(v.denominatorAsOf())
                .number(v.ratePer100k()).bigint(v.totalPopulation()).number(v.ratePer100kTotal())
                .text(v.status().code()).text(r.sourceFileId()).integer(r.sourceRow()).text(r.sourceColumn())
                .text(loadId);
    }

    @Override
    public Optional<PeriodLabel> period(IndicatorValueRow row) {
        return Optional.of(row.period());
    }
}
