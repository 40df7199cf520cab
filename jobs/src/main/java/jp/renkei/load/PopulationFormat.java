package jp.renkei.load;

import java.sql.SQLException;
import java.util.Optional;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.normalise.PopulationRow;
import jp.renkei.source.population.PopulationFigure;

/** stg_population's columns, in the order of sql/schema/030_facts.sql. */
public final class PopulationFormat implements RowFormat<PopulationRow> {

    @Override
    public String stagingTable() {
        return "stg_population";
    }

    @Override
    public void append(StagingAppender a, PopulationRow r, String loadId) throws SQLException {
        PopulationFigure f = r.figure();
        a.text(f.regionCode().value()).text(f.base().label()).date(f.asOf()).bigint(f.population())
                .text(f.statistic()).text(r.sourceFileId()).integer(f.sourceRow()).text(loadId);
    }

    @Override
    public Optional<PeriodLabel> period(PopulationRow row) {
        return Optional.empty();
    }
}
