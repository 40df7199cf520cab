package jp.renkei.load;

import static jp.renkei.warehouse.generated.internal.Tables.STG_ACTIVITY;

import java.sql.SQLException;
import java.util.Optional;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.normalise.ActivityRow;
import jp.renkei.source.activity.ActivityRecord;
import org.jooq.Table;

/** stg_activity's columns, in the order of sql/migration/V2__internal_schema.sql. */
public final class ActivityFormat implements RowFormat<ActivityRow> {

    @Override
    public Table<?> stagingTable() {
        return STG_ACTIVITY;
    }

    @Override
    public void append(StagingAppender a, ActivityRow r, String loadId) throws SQLException {
        ActivityRecord rec = r.record();
        a.text(rec.workingGroup()).text(rec.item()).text(r.period().key()).text(r.period().raw())
                .text(String.join(",", rec.initiatives())).text(r.regionCode()).number(rec.value())
                .text(rec.unit()).text(rec.note()).text(r.sourceFileId()).integer(rec.row()).text(loadId)
                .text(rec.scenes().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
    }

    @Override
    public Optional<PeriodLabel> period(ActivityRow row) {
        return Optional.of(row.period());
    }
}
