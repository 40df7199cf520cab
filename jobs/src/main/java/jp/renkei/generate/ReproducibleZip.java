package jp.renkei.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an .xlsx so that it no longer depends on when it was written: fastexcel 0.20 puts
 * {@code Instant.now()} into docProps/core.xml's dcterms:created and leaves each zip entry's time to the
 * clock. Entries are copied in their order with one fixed local time (setTimeLocal, so the time zone does
 * not matter either) and the created stamp replaced by the given time. The workbook is read through its
 * central directory (ZipFile): fastexcel's OPC zip leaves sizes out of the local headers, which
 * ZipInputStream cannot read.
 */
final class ReproducibleZip {

    private static final String CORE = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private ReproducibleZip() {
    }

    static byte[] normalise(Path zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content;
                try (InputStream data = in.getInputStream(entry)) {
                    content = data.readAllBytes();
                }
                if (entry.getName().equals(CORE)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    Matcher m = CREATED.matcher(xml);
                    if (m.find()) {
                        String stamp = time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "Z";
                        xml = xml.substring(0, m.start()) + m.group(1) + stamp + m.group(2) + xml.substring(m.end());
                    }
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
