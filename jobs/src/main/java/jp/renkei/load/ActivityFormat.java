package jp.renkei.load;

import java.sql.SQLException;
import java.util.Optional;
import jp.renkei.domain.PeriodLabel;
import jp.renkei.normalise.ActivityRow;
import jp.renkei.source.activity.ActivityRecord;

/** stg_activity's columns, in the order of sql/schema/030_facts.sql. */
public final class ActivityFormat implements RowFormat<ActivityRow> {

    @Override
    public String stagingTable() {
        return "stg_activity";
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
