package jp.renkei.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
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
import java.util.TreeMap;
import java.util.stream.IntStream;
import jp.renkei.report.ReportModel.ActivityGroup;
import jp.renkei.report.ReportModel.ActivityItem;
import jp.renkei.report.ReportModel.Cell;
import jp.renkei.report.ReportModel.Cover;
import jp.renkei.report.ReportModel.CrossRow;
import jp.renkei.report.ReportModel.CrossTab;
import jp.renkei.report.ReportModel.DataState;
import jp.renkei.report.ReportModel.FileRejects;
import jp.renkei.report.ReportModel.IndicatorPage;
import jp.renkei.report.ReportModel.MissingDenominators;
import jp.renkei.report.ReportModel.ScenePanel;
import jp.renkei.report.ReportModel.SceneIndicator;
import jp.renkei.report.ReportModel.SurveyQuestion;
import jp.renkei.report.ReportModel.SurveySection;
import jp.renkei.report.ReportQueries.Activity;
import jp.renkei.report.ReportQueries.Region;
import jp.renkei.report.ReportQueries.SurveyResult;

/** Reads what the report shows from a warehouse connection and puts it into the report's sections. */
public final class ReportBuilder {

    /** The 部会 in the order the city's report lists them; others follow by name. */
    static final List<String> WORKING_GROUPS = List.of("入退院調整部会", "研修部会", "患者情報共有・ICT部会", "普及啓発部会", "病院有床部会");
    static final String SUPPRESSED = "—";
    private static final Set<String> NOT_OPTIONS = Set.of("無回答", "無効");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    /** The request names a region the warehouse does not have, or the warehouse has no load. */
    public static final class ReportDataException extends RuntimeException {
        public ReportDataException(String message) {
            super(message);
        }
    }

    public ReportModel build(Connection c, ReportRequest request) throws SQLException {
        ReportQueries q = new ReportQueries(c);
        Region city = q.region(request.regionCode());
        if (city == null) {
            throw new ReportDataException("region " + request.regionCode()
                    + " is not in the warehouse's region master (dim_region): give the home municipality's 6-digit code, e.g. 112062");
        }
        Region prefecture = city.prefectureCode() == null ? null : q.region(city.prefectureCode());
        Region nation = q.region(ReportQueries.NATION);
        List<Region> regions = new ArrayList<>();
        regions.add(city);
        regions.add(prefecture != null ? prefecture : new Region("?", "都道府県", "prefecture", null));
        regions.add(nation != null ? nation : new Region(ReportQueries.NATION, "全国", "nation", null));
        ReportQueries.Load load = q.load(request.loadId());
        if (load == null) {
            throw new ReportDataException("the warehouse has no load yet: run `renkei load` first");
        }
        LocalDate exported = q.newestExportDate();
        Cover cover = new Cover(city.name(), city.code(), regions.get(1).name(), DATE.format(request.snapshotDate()),
                exported == null ? "—" : DATE.format(exported), load.loadId());

        List<String> sceneNames = q.sceneNames();
        IndicatorPages pages = new IndicatorPages(regions, q.indicatorNotes(), sceneNames);
        List<IndicatorPage> withScene = new ArrayList<>();
        List<IndicatorPage> withoutScene = new ArrayList<>();
        Map<String, List<SceneIndicator>> sceneLines = new LinkedHashMap<>();
        sceneNames.forEach(s -> sceneLines.put(s, new ArrayList<>()));
        List<IndicatorValue> values = q.indicatorValues(regions.stream().map(Region::code).distinct().toList());
        List<IndicatorPages.Series> allSeries = pages.series(values);
        // a national warehouse has hundreds of charts: they are drawn side by side, each page on its own
        List<Drawn> drawn = IntStream.range(0, allSeries.size()).parallel()
                .mapToObj(i -> Drawn.of(pages, allSeries.get(i), "indicator-" + (i + 1), sceneNames)).toList();
        for (Drawn d : drawn) {
            if (d.series().hasScene()) {
                withScene.add(d.page());
                d.sceneLines().forEach(line -> sceneLines.computeIfAbsent(line.getKey(), k -> new ArrayList<>()).add(line.getValue()));
            } else {
                withoutScene.add(d.page());
            }
        }
        List<Activity> activities = q.activities(city.code());
        List<ScenePanel> panels = new ArrayList<>();
        int code = 0;
        for (Map.Entry<String, List<SceneIndicator>> e : sceneLines.entrySet()) {
            List<String> mapped = activities.stream().filter(a -> a.scenes().contains(e.getKey()))
                    .map(a -> a.workingGroup() + ": " + a.item() + " " + number(a.value()) + Objects.toString(a.unit(), "")
                            + "（" + a.periodLabel() + "）").toList();
            panels.add(new ScenePanel(++code, e.getKey(), e.getValue(), mapped));
        }
        return new ReportModel(cover, panels, withScene, withoutScene, activityGroups(activities, q.initiativeNames(), sceneNames),
                surveys(q, city.code()), dataState(q, values, allSeries, regions));
    }

    /** One series' page and, when it has scenes, its line in each scene's panel (charts drawn). */
    private record Drawn(IndicatorPages.Series series, IndicatorPage page, List<Map.Entry<String, SceneIndicator>> sceneLines) {

        static Drawn of(IndicatorPages pages, IndicatorPages.Series s, String anchor, List<String> sceneNames) {
            IndicatorPage page = pages.page(s, anchor);
            List<Map.Entry<String, SceneIndicator>> lines = new ArrayList<>();
            if (s.hasScene()) {
                for (String scene : s.scenes()) {
                    lines.add(Map.entry(scene, pages.sceneLine(s, anchor, anchor + "-spark-" + sceneNames.indexOf(scene))));
                }
            }
            return new Drawn(s, page, lines);
        }
    }

    private static List<ActivityGroup> activityGroups(List<Activity> activities, Map<String, String> initiativeNames,
            List<String> sceneNames) {
        Map<String, List<Activity>> byGroup = new TreeMap<>(Comparator.comparingInt((String g) -> {
            int i = WORKING_GROUPS.indexOf(g);
            return i < 0 ? WORKING_GROUPS.size() : i;
        }).thenComparing(Comparator.naturalOrder()));
        for (Activity a : activities) {
            byGroup.computeIfAbsent(a.workingGroup(), k -> new ArrayList<>()).add(a);
        }
        List<ActivityGroup> groups = new ArrayList<>();
        byGroup.forEach((group, items) -> {
            Set<String> letters = new java.util.TreeSet<>();
            Set<String> scenes = new LinkedHashSet<>();
            items.forEach(a -> letters.addAll(a.initiatives()));
            sceneNames.stream().filter(s -> items.stream().anyMatch(a -> a.scenes().contains(s))).forEach(scenes::add);
            groups.add(new ActivityGroup(group,
                    items.stream().map(a -> new ActivityItem(a.item(), number(a.value()) + Objects.toString(a.unit(), ""),
                            a.value(), a.unit(), a.periodLabel(), a.note())).toList(),
                    letters.stream().map(l -> "(" + l + ") " + initiativeNames.getOrDefault(l, "")).toList(),
                    List.copyOf(scenes)));
        });
        return groups;
    }

    private static List<SurveySection> surveys(ReportQueries q, String regionCode) throws SQLException {
        List<SurveySection> sections = new ArrayList<>();
        int chart = 0;
        for (ReportQueries.Survey survey : q.surveys(regionCode)) {
            Map<String, List<SurveyResult>> byQuestion = new LinkedHashMap<>();
            for (SurveyResult r : q.surveyResults(survey.surveyId())) {
                byQuestion.computeIfAbsent(r.questionId(), k -> new ArrayList<>()).add(r);
            }
            List<SurveyQuestion> questions = new ArrayList<>();
            for (ReportQueries.SurveyQuestionRow question : q.surveyQuestions(survey.surveyId())) {
                boolean multi = "MA".equals(question.type());
                String type = switch (question.type()) {
                    case "SA" -> "単一回答";
                    case "MA" -> question.maxChoices() == null ? "複数回答" : "複数回答（" + question.maxChoices() + "つまで）";
                    case "numeric" -> "数値回答";
                    default -> question.type();
                };
                List<SurveyResult> results = byQuestion.getOrDefault(question.questionId(), List.of());
                if ("numeric".equals(question.type()) || results.isEmpty()) {
                    List<List<String>> summary = q.numericSummary(survey.surveyId(), question.questionId());
                    questions.add(new SurveyQuestion(question.number(), question.text(), type, false, null, null, null,
                            List.of(), List.of(), summary.isEmpty() ? List.of() : summary.getFirst(),
                            summary.isEmpty() ? List.of() : summary.subList(1, summary.size())));
                    continue;
                }
                questions.add(question(question, type, multi, results, "survey-chart-" + (++chart)));
            }
            sections.add(new SurveySection(survey.surveyId(), survey.name(), survey.fielded(), survey.respondents(), questions));
        }
        return sections;
    }

    private static SurveyQuestion question(ReportQueries.SurveyQuestionRow question, String type, boolean multi,
            List<SurveyResult> results, String chartId) {
        List<SurveyResult> overall = results.stream().filter(r -> r.demographic() == null).toList();
        List<String> optionLabels = overall.stream().map(SurveyResult::optionLabel).toList();
        List<SurveyResult> options = overall.stream().filter(r -> !NOT_OPTIONS.contains(r.optionCode())).toList();
        String chart = Charts.shares(chartId, options.stream().map(SurveyResult::optionLabel).toList(),
                options.stream().map(r -> r.suppressed() ? null : r.pct()).toList());
        String n = overall.isEmpty() || overall.getFirst().nScopeSuppressed() || overall.getFirst().nScope() == null ? SUPPRESSED
                : String.format("%,d", overall.getFirst().nScope());
        String noAnswer = overall.stream().filter(r -> "無回答".equals(r.optionCode())).findFirst()
                .map(r -> r.suppressed() ? SUPPRESSED : r.nSelected() + "人" + (r.pct() == null ? "" : "（" + pct(r.pct()) + "%）"))
                .orElse("0人");
        List<CrossRow> overallRows = overall.stream()
                .map(r -> new CrossRow(r.optionLabel(), count(r.nSelected(), r.suppressed()), List.of(share(r)))).toList();
        Map<String, Map<String, List<SurveyResult>>> byDemographic = new LinkedHashMap<>();
        for (SurveyResult r : results) {
            if (r.demographic() != null) {
                byDemographic.computeIfAbsent(r.demographic(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.band(), k -> new ArrayList<>()).add(r);
            }
        }
        List<CrossTab> crossTabs = new ArrayList<>();
        byDemographic.forEach((demographic, bands) -> {
            List<CrossRow> rows = new ArrayList<>();
            bands.forEach((band, cells) -> {
                Map<String, SurveyResult> byLabel = new LinkedHashMap<>();
                cells.forEach(r -> byLabel.put(r.optionLabel(), r));
                SurveyResult first = cells.getFirst();
                rows.add(new CrossRow(band, count(first.nScope(), first.nScopeSuppressed()),
                        optionLabels.stream().map(l -> byLabel.containsKey(l) ? share(byLabel.get(l)) : new Cell("", null, false))
                                .toList()));
            });
            crossTabs.add(new CrossTab(demographic, optionLabels, rows));
        });
        return new SurveyQuestion(question.number(), question.text(), type, multi, chart, n, noAnswer, overallRows, crossTabs,
                List.of(), List.of());
    }

    private static Cell share(SurveyResult r) {
        if (r.suppressed()) {
            return new Cell(SUPPRESSED, null, true);
        }
        return r.pct() == null ? new Cell("", null, false) : new Cell(pct(r.pct()), r.pct(), false);
    }

    private static Cell count(Integer value, boolean suppressed) {
        if (suppressed) {
            return new Cell(SUPPRESSED, null, true);
        }
        return value == null ? new Cell("", null, false) : new Cell(String.format("%,d", value), value.doubleValue(), false);
    }

    private static String pct(double p) {
        return String.format("%.1f", p);
    }

    private static DataState dataState(ReportQueries q, List<IndicatorValue> values, List<IndicatorPages.Series> series,
            List<Region> regions) throws SQLException {
        List<FileRejects> rejects = new ArrayList<>();
        List<FileRejects> whole = new ArrayList<>();
        for (ReportQueries.RejectRow r : q.rejects()) {
            (r.wholeFile() ? whole : rejects).add(new FileRejects(r.file(), r.kind(), r.rows(), r.example()));
        }
        List<String> uncatalogued = series.stream().filter(s -> s.values().stream().anyMatch(v -> Boolean.FALSE.equals(v.catalogued())))
                .map(s -> s.key().indicatorId() + "（" + s.name() + "）").distinct().toList();
        List<MissingDenominators> missing = new ArrayList<>();
        for (IndicatorPages.Series s : series) {
            for (Region r : regions) {
                List<IndicatorValue> none = s.values().stream()
                        .filter(v -> v.regionCode().equals(r.code()) && "no_denominator".equals(v.valueStatus())).toList();
                if (!none.isEmpty()) {
                    missing.add(new MissingDenominators(s.name(), r.name(), none.size(),
                            String.join("・", none.stream().map(IndicatorValue::periodLabel).toList())));
                }
            }
        }
        return new DataState(rejects, whole, uncatalogued, missing);
    }

    /** A figure as typed: 13 not 13.0, 2.5 as 2.5. */
    static String number(Double value) {
        return value == null ? "—" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
