package jp.renkei.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.renkei.input.NumberText;
import jp.renkei.report.ReportModel.IndicatorPage;
import jp.renkei.report.ReportModel.SceneIndicator;
import jp.renkei.report.ReportModel.TableRow;
import jp.renkei.report.ReportQueries.Region;

/**
 * Turns the values of the home municipality, its prefecture and the nation into one page per indicator series
 * (the seed's table, a chart, the footnotes) and into the scene panels' latest figures.
 */
final class IndicatorPages {

    static final String SOURCE = "地域包括ケア見える化システム";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private final List<Region> regions; // city, prefecture, nation: rows and series in this order
    private final Map<String, String> notes;
    private final List<String> sceneNames;

    IndicatorPages(List<Region> regions, Map<String, String> notes, List<String> sceneNames) {
        this.regions = regions;
        this.notes = notes;
        this.sceneNames = sceneNames;
    }

    /** One series of values: a page of the report. */
    record Series(IndicatorValue.SeriesKey key, List<IndicatorValue> values, List<String> periodKeys,
            Map<String, String> periodLabels) {

        String name() {
            return values.getFirst().indicatorName();
        }

        List<String> scenes() {
            return values.getFirst().scenes();
        }

        /** Catalogued (or the warehouse cannot tell) and mapped to at least one scene. */
        boolean hasScene() {
            return values.stream().noneMatch(v -> Boolean.FALSE.equals(v.catalogued())) && !scenes().isEmpty();
        }

        IndicatorValue value(String regionCode, String periodKey) {
            for (IndicatorValue v : values) {
                if (v.regionCode().equals(regionCode) && v.periodKey().equals(periodKey)) {
                    return v;
                }
            }
            return null;
        }

        boolean has(String regionCode) {
            return values.stream().anyMatch(v -> v.regionCode().equals(regionCode));
        }
    }

    /** Groups the values by series, in the order of their first scene, then indicator id. */
    List<Series> series(List<IndicatorValue> values) {
        Map<IndicatorValue.SeriesKey, List<IndicatorValue>> bySeries = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            bySeries.computeIfAbsent(v.series(), k -> new ArrayList<>()).add(v);
        }
        List<Series> series = new ArrayList<>();
        bySeries.forEach((key, rows) -> {
            // rows come in period order; a period's label is the city's where it has one
            Map<String, String> labels = new LinkedHashMap<>();
            for (IndicatorValue v : rows) {
                if (!labels.containsKey(v.periodKey()) || v.regionCode().equals(city().code())) {
                    labels.put(v.periodKey(), v.periodLabel());
                }
            }
            series.add(new Series(key, rows, List.copyOf(labels.keySet()), labels));
        });
        series.sort(Comparator.comparingInt((Series s) -> firstScene(s.scenes()))
                .thenComparing(s -> s.key().indicatorId())
                .thenComparing(s -> Objects.toString(s.key().displayMode(), "")));
        return series;
    }

    IndicatorPage page(Series s, String anchor) {
        List<String> periods = s.periodKeys().stream().map(s.periodLabels()::get).toList();
        List<TableRow> rows = new ArrayList<>();
        List<Charts.Series> chartSeries = new ArrayList<>();
        for (Region r : regions) {
            List<String> cells = new ArrayList<>();
            List<Double> numbers = new ArrayList<>();
            List<Integer> decimals = new ArrayList<>();
            for (String p : s.periodKeys()) {
                IndicatorValue v = s.value(r.code(), p);
                cells.add(v == null || v.publishedText() == null ? "" : v.publishedText());
                numbers.add(v == null ? null : v.publishedValue());
                decimals.add(v == null || v.publishedText() == null ? 0
                        : NumberText.decimal(v.publishedText()).map(d -> Math.max(0, d.scale())).orElse(0));
            }
            if (s.has(r.code())) {
                rows.add(new TableRow(r.name(), r.level(), cells, numbers, decimals));
            }
            chartSeries.add(new Charts.Series(s.has(r.code()) ? r.name() : r.name() + "（値なし）", numbers));
        }
        String unit = unit(s);
        String chart = Charts.trend(anchor + "-chart", unit, periods, chartSeries, boundaries(s));
        String title = s.key().displayMode() == null ? s.name() : s.name() + "（" + s.key().displayMode() + "）";
        return new IndicatorPage(anchor, s.key().indicatorId(), title, notes.get(s.key().indicatorId()), s.scenes(), periods,
                rows, SOURCE + "（" + unit + "）", chart, footnotes(s, unit));
    }

    /** The scene panel's line: latest value of each region, ratio to the prefecture, change, trend. */
    SceneIndicator sceneLine(Series s, String anchor, String sparkId) {
        String cityCode = city().code();
        List<String> withValue = s.periodKeys().stream()
                .filter(p -> s.value(cityCode, p) != null && s.value(cityCode, p).publishedValue() != null).toList();
        List<Double> cityValues = s.periodKeys().stream().map(p -> s.value(cityCode, p))
                .map(v -> v == null ? null : v.publishedValue()).toList();
        String spark = Charts.sparkline(sparkId, s.periodKeys().stream().map(s.periodLabels()::get).toList(),
                cityValues);
        String title = s.key().displayMode() == null ? s.name() : s.name() + "（" + s.key().displayMode() + "）";
        if (withValue.isEmpty()) {
            return new SceneIndicator(anchor, title, "—", "—", text(s, regions.get(1), null), "—", "—", "—", spark);
        }
        String latest = withValue.getLast();
        IndicatorValue c = s.value(cityCode, latest);
        IndicatorValue p = s.value(regions.get(1).code(), latest);
        String change = "—";
        if (withValue.size() > 1) {
            IndicatorValue previous = s.value(cityCode, withValue.get(withValue.size() - 2));
            BigDecimal now = NumberText.decimal(c.publishedText()).orElse(null);
            BigDecimal before = NumberText.decimal(previous.publishedText()).orElse(null);
            if (now != null && before != null) {
                BigDecimal diff = now.subtract(before);
                change = (diff.signum() > 0 ? "+" : diff.signum() < 0 ? "−" : "±") + diff.abs().toPlainString()
                        + "（" + previous.periodLabel() + "比）";
            }
        }
        return new SceneIndicator(anchor, title, s.periodLabels().get(latest), c.publishedText(), text(s, regions.get(1), latest),
                text(s, regions.get(2), latest), ratio(c, p), change, spark);
    }

    private String text(Series s, Region r, String period) {
        if (period == null) {
            return "—";
        }
        IndicatorValue v = s.value(r.code(), period);
        return v == null || v.publishedText() == null || v.publishedText().isEmpty() ? "—" : v.publishedText();
    }

    /**
     * The city's rate over the prefecture's, per 100,000 where both are normalised, else on the published scale; none
     * for an index.
     */
    private static String ratio(IndicatorValue city, IndicatorValue prefecture) {
        if (prefecture == null || "index".equals(city.valueKind())) {
            return "—"; // a 偏差値 or 地域差指数 over another is no ratio anyone can read
        }
        Double a = city.ratePer100k();
        Double b = prefecture.ratePer100k();
        if (a == null || b == null) {
            if (!Objects.equals(city.unit(), prefecture.unit())) {
                return "—";
            }
            a = city.publishedValue();
            b = prefecture.publishedValue();
        }
        if (a == null || b == null || b == 0) {
            return "—";
        }
        return String.format("%.2f", a / b);
    }

    private Region city() {
        return regions.getFirst();
    }

    private int firstScene(List<String> scenes) {
        return scenes.stream().mapToInt(sceneNames::indexOf).filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
    }

    /** The city's unit, or the first one seen. */
    private String unit(Series s) {
        return s.values().stream().filter(v -> v.regionCode().equals(city().code()) && v.unit() != null)
                .map(IndicatorValue::unit).findFirst()
                .orElse(s.values().stream().map(IndicatorValue::unit).filter(Objects::nonNull).findFirst().orElse(""));
    }

    /** Period label → the 介護報酬改定 that starts there, where consecutive periods belong to different ones. */
    private static Map<String, String> boundaries(Series s) {
        Map<String, String> marks = new LinkedHashMap<>();
        String before = null;
        for (String p : s.periodKeys()) {
            String revision = s.values().stream().filter(v -> v.periodKey().equals(p)).map(IndicatorValue::revisionPeriod)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (revision != null && before != null && !revision.equals(before)) {
                marks.put(s.periodLabels().get(p), revision);
            }
            if (revision != null) {
                before = revision;
            }
        }
        return marks;
    }

    private List<String> footnotes(Series s, String unit) {
        List<String> notes = new ArrayList<>();
        Set<String> bases = s.values().stream().map(IndicatorValue::base).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!bases.isEmpty()) {
            List<String> asOf = new ArrayList<>();
            for (Region r : regions) {
                TreeSet<LocalDate> dates = s.values().stream().filter(v -> v.regionCode().equals(r.code()))
                        .map(IndicatorValue::denominatorAsOf).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
                if (!dates.isEmpty()) {
                    asOf.add(r.name() + " " + (dates.size() <= 3 ? dates.stream().map(DATE::format).collect(Collectors.joining("・"))
                            : DATE.format(dates.first()) + "〜" + DATE.format(dates.last()) + "（" + dates.size() + "時点）"));
                }
            }
            notes.add("基準人口: " + String.join("・", bases) + "。分母の時点: "
                    + (asOf.isEmpty() ? "分母の人口は読み込まれていない" : String.join("、", asOf)) + "。");
        }
        List<String> partial = labels(s, v -> v.partial());
        if (!partial.isEmpty()) {
            notes.add(String.join("・", partial) + " は年度の途中までの値（部分年）。");
        }
        List<String> projected = labels(s, IndicatorValue::projection);
        if (!projected.isEmpty()) {
            notes.add(String.join("・", projected) + " は推計値（出力日より後の期間で、実績ではない）。");
        }
        for (Region r : regions) {
            List<String> missing = s.values().stream()
                    .filter(v -> v.regionCode().equals(r.code()) && "no_denominator".equals(v.valueStatus()))
                    .map(IndicatorValue::periodLabel).toList();
            if (!missing.isEmpty()) {
                notes.add(r.name() + " の " + String.join("・", missing)
                        + " は分母の人口が読み込まれておらず、人口10万対への換算をしていない（値は公表どおり）。");
            }
        }
        Map<String, String> boundaries = boundaries(s);
        boundaries.forEach((label, revision) -> notes.add(label + " から " + revision
                + "（介護報酬改定）の定義による値。改定の前後は厳密には比較できない（グラフの破線）。"));
        if (s.key().displayMode() != null) {
            notes.add("見える化システムの表示モード「" + s.key().displayMode()
                    + "」の値。同じ指標を別の表示モードで出力すると値が異なる。");
        }
        Set<String> units = s.values().stream().map(IndicatorValue::unit).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (units.size() > 1) {
            notes.add("地域により単位が異なる: " + String.join("、", units) + "。");
        }
        String kind = s.values().getFirst().valueKind();
        if ("money".equals(kind)) {
            notes.add("金額の指標で、人口当たりの率ではない。");
        } else if ("index".equals(kind)) {
            notes.add("指数（全国 = 1.00 など）で、人口当たりの率ではない。");
        }
        if (s.values().stream().anyMatch(v -> Boolean.FALSE.equals(v.catalogued()))) {
            notes.add("指標カタログに登録されていない系列（4つの場面が未設定）。");
        }
        if (unit.isEmpty()) {
            notes.add("単位は出力ファイルに記載がない。");
        }
        return notes;
    }

    private static List<String> labels(Series s, java.util.function.Predicate<IndicatorValue> which) {
        return s.periodKeys().stream().filter(p -> s.values().stream().anyMatch(v -> v.periodKey().equals(p) && which.test(v)))
                .map(s.periodLabels()::get).toList();
    }
}
