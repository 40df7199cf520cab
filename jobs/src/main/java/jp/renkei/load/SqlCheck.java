package jp.renkei.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import jp.renkei.config.SqlFiles;

/**
 * One data check of {@code sql/checks/}, dbt-test style: a query that returns the rows that fail it. Its header
 * comments give its name ({@code -- check:}), the parameters it binds in order ({@code -- params:}) and, where each
 * failing row deserves its own line, the line ({@code -- message:}, with {@code {column}} and {@code {param}} filled).
 */
record SqlCheck(String name, String sql, List<String> params, String message) {

    private static final Pattern HEADER = Pattern.compile("^-- (check|params|message): (.*)$", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    /** Every check under {@code sql/checks/} on the class path, in file-name order. */
    static List<SqlCheck> all() {
        List<SqlCheck> checks = new ArrayList<>();
        for (Resource file : SqlFiles.in("checks")) {
            try {
                checks.add(parse(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the data check " + file.getFilename(), e);
            }
        }
        return List.copyOf(checks);
    }

    static SqlCheck parse(String file, String text) {
        String name = null;
        String message = null;
        List<String> params = List.of();
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            switch (m.group(1)) {
                case "check" -> name = m.group(2).strip();
                case "params" -> params = Arrays.stream(m.group(2).split(",")).map(String::strip).toList();
                default -> message = m.group(2).strip();
            }
        }
        if (name == null) {
            throw new IllegalStateException("sql/checks/" + file + " has no '-- check: <name>' line");
        }
        String sql = text.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
        return new SqlCheck(name, sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql, params, message);
    }

    /** The values to bind, in the order of {@code -- params:}. */
    Object[] bindings(Map<String, ?> values) {
        return params.stream().map(p -> {
            if (!values.containsKey(p)) {
                throw new IllegalArgumentException("data check '" + name + "' needs parameter " + p);
            }
            return values.get(p);
        }).toArray();
    }

    /** The line for one failing row: {@code {x}} is the row's column x, else the parameter x. */
    String lineFor(Map<String, ?> row, Map<String, ?> values) {
        return PLACEHOLDER.matcher(message).replaceAll(r -> Matcher.quoteReplacement(String.valueOf(
                row.containsKey(r.group(1)) ? row.get(r.group(1)) : values.get(r.group(1)))));
    }
}
