package jp.renkei.load;

import static jp.renkei.warehouse.generated.internal.Tables.STG_POPULATION;

import java.sql.SQLException;
import java.util.Optional;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.normalise.PopulationRow;
import jp.renkei.source.population.PopulationFigure;
import org.jooq.Table;

/** stg_population's columns, in the order of sql/migration/V2__internal_schema.sql. */
public final class PopulationFormat implements RowFormat<PopulationRow> {

    @Override
    public Table<?> stagingTable() {
        return STG_POPULATION;
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
