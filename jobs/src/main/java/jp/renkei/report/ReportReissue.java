package jp.renkei.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The report of a night that changed no published row: the newest day's report with a new cover. The pages below the
 * cover show the same data, so they are taken as they are (building and drawing them is most of a report's seconds);
 * the cover, which names the snapshot date and the load, is rendered again, in the page and in the workbook. The result
 * is the report a full render would give, but for the workbook's time of writing.
 */
final class ReportReissue {

    private ReportReissue() {
    }

    /** Writes {@code index.html} and {@code report.xlsx} into {@code dir} from those in {@code previous}, with this cover. */
    static void write(Path previous, Path dir, ReportModel.Cover cover) throws IOException {
        Files.createDirectories(dir);
        html(previous.resolve(ReportPublisher.HTML), dir.resolve(ReportPublisher.HTML), cover);
        xlsx(previous.resolve(ReportPublisher.XLSX), dir.resolve(ReportPublisher.XLSX), cover);
    }

    /**
     * Whether a day has both files. Its page has the cover's end mark when its stamp names this renderer (the same
     * template); {@link #write} still fails on a page without it.
     */
    static boolean canReissue(Path previous) {
        return Files.isRegularFile(previous.resolve(ReportPublisher.XLSX))
                && Files.isRegularFile(previous.resolve(ReportPublisher.HTML));
    }

    private static void html(Path previous, Path target, ReportModel.Cover cover) throws IOException {
        byte[] page = Files.readAllBytes(previous);
        int end = coverEnd(page);
        if (end < 0) {
            throw new IOException(previous + " has no mark where its cover ends");
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(HtmlReport.front(cover).getBytes(StandardCharsets.UTF_8));
            out.write(page, end, page.length - end);
        }
    }

    private static int coverEnd(byte[] page) {
        byte[] mark = HtmlReport.COVER_END.getBytes(StandardCharsets.UTF_8);
        // the cover is the first few kilobytes: the mark is found at once
        outer:
        for (int i = 0; i <= page.length - mark.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (page[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Every part of the previous workbook, but the cover sheet and the time of writing, which are new. Read through
     * the zip's central directory: the workbook's writer streams its parts without sizes in their local headers.
     */
    private static void xlsx(Path previous, Path target, ReportModel.Cover cover) throws IOException {
        Path coverBook = target.resolveSibling(".cover-" + target.getFileName());
        Map<String, byte[]> fresh = new HashMap<>();
        try {
            try (OutputStream out = Files.newOutputStream(coverBook)) {
                XlsxReport.writeCover(cover, out);
            }
            try (ZipFile book = new ZipFile(coverBook.toFile())) {
                for (String part : new String[] {XlsxReport.COVER_PART, XlsxReport.CORE_PART}) {
                    ZipEntry e = book.getEntry(part);
                    if (e == null) {
                        throw new IllegalStateException("the cover workbook has no " + part);
                    }
                    try (InputStream in = book.getInputStream(e)) {
                        fresh.put(part, in.readAllBytes());
                    }
                }
            }
        } finally {
            Files.deleteIfExists(coverBook);
        }
        try (ZipFile book = new ZipFile(previous.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : java.util.Collections.list(book.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                byte[] replaced = fresh.get(e.getName());
                if (replaced != null) {
                    out.write(replaced);
                } else {
                    try (InputStream in = book.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
