package jp.renkei.source.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.renkei.input.InputFileException;
import jp.renkei.input.InputProblem;
import jp.renkei.input.SheetRow;

/**
 * The columns of a response file by name, from its one or two header rows.
 *
 * <p>With one header row a column's name is its header text. With two, the upper row carries the question
 * number only over the first column of a block, so its text carries on to the right over blank cells: a
 * column is named {@code upper/lower} (問10(2)/1), or just {@code upper} when its lower cell is blank.
 *
 * <p>A codebook reference is compared in NFKC with white space removed, so 問10（２） finds 問10(2). It matches
 * a column's whole name; failing that, the name of a block (its upper text) with a single column; or, as
 * {@code col:K}, the column letter.
 */
public final class ColumnIndex {

    private static final Pattern LETTER = Pattern.compile("^col:([A-Za-z]{1,3})$");
    /** Marks a reference the codebook gave as column_prefix: a header is found by how it starts. */
    private static final String PREFIX = "\u0000prefix:";
    /** An upper header cell of only spaces and punctuation (" ," from a vendor's merged cell) carries no block name. */
    private static final Pattern NO_NAME = Pattern.compile("^[\\p{Z}\\s\\p{P}]*$");

    /** One column: 0-based index, letter and name. */
    public record Column(int index, String letter, String name, String block) {

        /** e.g. {@code K (問10(2)/1)}: how messages name the column. */
        public String describe() {
            return name.isEmpty() ? letter : letter + " (" + name + ")";
        }
    }

    private final String file;
    private final int headerRowNumber;
    private final List<Column> columns;

    private ColumnIndex(String file, int headerRowNumber, List<Column> columns) {
        this.file = file;
        this.headerRowNumber = headerRowNumber;
        this.columns = List.copyOf(columns);
    }

    /** Builds the index from the header rows (1 or 2, in order). */
    public static ColumnIndex of(String file, List<SheetRow> headerRows) {
        int width = headerRows.stream().mapToInt(SheetRow::size).max().orElse(0);
        List<Column> columns = new ArrayList<>(width);
        String block = "";
        SheetRow upper = headerRows.getFirst();
        for (int c = 0; c < width; c++) {
            String name;
            if (headerRows.size() == 1) {
                name = upper.text(c).strip();
                block = name;
            } else {
                String top = upper.text(c).strip();
                if (!NO_NAME.matcher(top).matches()) {
                    block = top;
                }
                String lower = headerRows.get(1).text(c).strip();
                name = lower.isEmpty() ? block : block.isEmpty() ? lower : block + "/" + lower;
            }
            columns.add(new Column(c, SheetRow.columnLetter(c), name, block));
        }
        return new ColumnIndex(file, headerRows.getLast().number(), columns);
    }

    public List<Column> columns() {
        return columns;
    }

    /** The reference for a codebook's column_prefix: the one column whose name starts with {@code prefix}. */
    public static String prefixReference(String prefix) {
        return prefix == null ? null : PREFIX + prefix;
    }

    /** A reference as the codebook wrote it, for messages. */
    public static String display(String reference) {
        return reference.startsWith(PREFIX) ? reference.substring(PREFIX.length()) : reference;
    }

    /**
     * The column a codebook reference names.
     *
     * @param where the place in the codebook the reference comes from, for the message
     * @throws InputFileException when no column, or more than one, has that name
     */
    public Column resolve(String reference, String where) {
        if (reference.startsWith(PREFIX)) {
            return byPrefix(display(reference), where);
        }
        var letter = LETTER.matcher(reference.strip());
        if (letter.matches()) {
            String l = letter.group(1).toUpperCase(java.util.Locale.ROOT);
            return columns.stream().filter(c -> c.letter().equals(l)).findFirst()
                    .orElseThrow(() -> missing(reference, where));
        }
        String key = Cells.label(reference);
        List<Column> byName = columns.stream().filter(c -> Cells.label(c.name()).equals(key)).toList();
        if (byName.isEmpty()) {
            byName = columns.stream().filter(c -> Cells.label(c.block()).equals(key)).toList();
            if (byName.size() > 1) {
                byName = List.of();
            }
        }
        if (byName.size() > 1) {
            throw new InputFileException(InputProblem.at(file, headerRowNumber, null,
                    "column named by the codebook (" + where + ") appears more than once in the header", reference,
                    "a header name used by one column only, or col:<letter> (columns "
                            + String.join(", ", byName.stream().map(Column::letter).toList()) + ")"));
        }
        if (byName.isEmpty()) {
            throw missing(reference, where);
        }
        return byName.getFirst();
    }

    private Column byPrefix(String prefix, String where) {
        String key = Cells.label(prefix);
        List<Column> matching = columns.stream().filter(c -> !key.isEmpty() && Cells.label(c.name()).startsWith(key)).toList();
        if (matching.size() > 1) {
            throw new InputFileException(InputProblem.at(file, headerRowNumber, null,
                    "column_prefix of the codebook (" + where + ") starts more than one header", prefix,
                    "the start of one header only (it starts " + String.join(", ", matching.stream().map(Column::describe).toList())
                            + ")"));
        }
        if (matching.isEmpty()) {
            throw missing(prefix, where);
        }
        return matching.getFirst();
    }

    /** The columns of a block, in order: every column whose upper header is {@code block}. */
    public List<Column> block(String block, String where) {
        String key = Cells.label(block);
        List<Column> result = columns.stream().filter(c -> Cells.label(c.block()).equals(key)).toList();
        if (result.isEmpty()) {
            throw missing(block, where);
        }
        return result;
    }

    private InputFileException missing(String reference, String where) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        columns.stream().filter(c -> !c.name().isEmpty()).forEach(c -> names.put(c.name(), true));
        List<String> shown = new ArrayList<>(names.keySet());
        String list = shown.size() > 12 ? String.join(", ", shown.subList(0, 12)) + " … (" + shown.size() + " in all)"
                : String.join(", ", shown);
        return new InputFileException(InputProblem.at(file, headerRowNumber, null,
                "the codebook (" + where + ") names a column the header does not have", reference,
                "a column of the header: " + list));
    }
}
