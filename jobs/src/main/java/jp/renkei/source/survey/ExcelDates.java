package jp.renkei.source.survey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Dates as response files hold them: written out, or as the serial number a spreadsheet stores. */
final class ExcelDates {

    /** Day 0 of Excel's serial numbers (1900 date system; 1899-12-30 absorbs Excel's phantom 1900-02-29). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("^(\\d{1,7})(?:\\.\\d+)?$");
    private static final Pattern WRITTEN = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?$");
    /** Serial 1 is 1900-01-01; 2958465 is 9999-12-31, the last day Excel knows. */
    private static final long LAST_SERIAL = 2_958_465;

    private ExcelDates() {
    }

    /** The day, or null when the text is neither a date nor a serial number. The time of day is dropped. */
    static LocalDate parse(String text) {
        var serial = SERIAL.matcher(text);
        if (serial.matches()) {
            long days = Long.parseLong(serial.group(1));
            return days >= 1 && days <= LAST_SERIAL ? EPOCH.plusDays(days) : null;
        }
        var written = WRITTEN.matcher(text);
        if (written.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(written.group(1)), Integer.parseInt(written.group(2)),
                        Integer.parseInt(written.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
