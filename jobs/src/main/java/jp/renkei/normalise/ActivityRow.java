package jp.renkei.normalise;

import jp.renkei.domain.PeriodLabel;
import jp.renkei.source.activity.ActivityRecord;

/** An activity record with its as-of label read, the municipality it belongs to and its file: a row of stg_activity. */
public record ActivityRow(ActivityRecord record, PeriodLabel period, String regionCode, String sourceFileId) {
}
