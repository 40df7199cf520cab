package jp.renkei.normalise;

import jp.renkei.domain.PeriodLabel;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SourceItem;
import jp.renkei.source.activity.ActivityRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads an activity record's 時点 and places it in the home municipality; a 時点 it cannot read is rejected. */
public class ActivityProcessor implements ItemProcessor<SourceItem<ActivityRecord>, LoadItem<ActivityRow>> {

    private final String homeRegion;

    public ActivityProcessor(String homeRegion) {
        this.homeRegion = homeRegion;
    }

    @Override
    public LoadItem<ActivityRow> process(SourceItem<ActivityRecord> input) {
        return switch (input) {
            case SourceItem.Read<ActivityRecord> r -> row(r.item(), r.file().sourceFileId(), r.file().relativePath());
            default -> LoadItem.of(input);
        };
    }

    private LoadItem<ActivityRow> row(ActivityRecord r, String sourceFileId, String file) {
        try {
            return LoadItem.row(new ActivityRow(r, PeriodLabel.parse(r.asOfLabel()), homeRegion, sourceFileId));
        } catch (PeriodLabel.InvalidPeriodLabelException e) {
            return LoadItem.reject(InputProblem.at(file, r.row(), "時点", "cannot read the as-of label",
                    r.asOfLabel(), PeriodLabel.EXPECTED_FORMS + " (" + e.getMessage() + ")"));
        }
    }
}
