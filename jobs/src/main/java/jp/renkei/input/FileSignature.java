package jp.renkei.input;

/**
 * Names what a file really holds from its first bytes, so that a PDF or a picture saved under a
 * spreadsheet's name gets a message that says so instead of a decoder's or a zip library's complaint.
 */
final class FileSignature {

    private FileSignature() {
    }

    static boolean isZip(byte[] b) {
        return startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06);
    }

    static boolean isOle2(byte[] b) {
        return startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    /** A description of a well-known non-spreadsheet format, or {@code null} when the bytes match none. */
    static String knownBinary(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (isOle2(b)) {
            // Excel 97-2003 .xls, or an encrypted (password-protected) .xlsx, which Office also wraps in OLE2
            return "an Excel 97-2003 (.xls) or password-protected workbook";
        }
        if (isZip(b)) {
            return "a zip archive";
        }
        return null;
    }

    /**
     * True when the first bytes hold control characters that no text file has. CP932 and UTF-8 never use
     * bytes below 0x20 inside a multi-byte character, so any such byte other than tab, line feed, form
     * feed and carriage return means binary data. NUL bytes alone are left to {@link TextDecoder}, which
     * names them as UTF-16.
     */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c != 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
