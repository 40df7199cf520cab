package jp.renkei.report;

import java.time.LocalDate;

/**
 * What a report is about: the home municipality (its prefecture and the nation come with it) and the snapshot
 * it describes.
 *
 * @param regionCode   全国地方公共団体コード of the home municipality (6 digits with check digit)
 * @param snapshotDate the snapshot date the report is filed under
 * @param loadId       the load that published the data, or null to take the warehouse's newest
 */
public record ReportRequest(String regionCode, LocalDate snapshotDate, String loadId) {
}
