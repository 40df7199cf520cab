package jp.renkei.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.renkei.report.ReportModel.Cell;
import jp.renkei.report.ReportModel.CrossRow;
import jp.renkei.report.ReportModel.CrossTab;
import jp.renkei.report.ReportModel.IndicatorPage;
import jp.renkei.report.ReportModel.SceneIndicator;
import jp.renkei.report.ReportModel.ScenePanel;
import jp.renkei.report.ReportModel.SurveyQuestion;
import jp.renkei.report.ReportModel.SurveySection;
import jp.renkei.report.ReportModel.TableRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * report.xlsx: every table of the report on a sheet of its own, for pasting into slides. Values are numbers
 * with the number format of the published text (516.0 as 0.0, 537 as 0); a suppressed survey cell is the text
 * "—", never a number.
 */
final class XlsxReport {

    static final String COVER_SHEET = "表紙";
    /** The cover's part in the package: the first sheet. */
    static final String COVER_PART = "xl/worksheets/sheet1.xml";
    /** The package's core properties: the time it was written. */
    static final String CORE_PART = "docProps/core.xml";

    private final Set<String> sheetNames = new HashSet<>();

    static void write(ReportModel m, OutputStream out) throws IOException {
        new XlsxReport().writeAll(m, out);
    }

    private void writeAll(ReportModel m, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "renkei", "1.0");
        cover(wb.newWorksheet(sheet(COVER_SHEET)), m.cover());
        scenes(wb.newWorksheet(sheet("4つの場面")), m);
        int n = 0;
        for (List<IndicatorPage> group : m.indicatorGroups()) {
            for (IndicatorPage p : group) {
                indicator(wb.newWorksheet(sheet(String.format("%02d %s", ++n, p.title()))), p);
            }
        }
        activities(wb.newWorksheet(sheet("部会の取組")), m);
        int q = 0;
        for (SurveySection s : m.surveys()) {
            for (SurveyQuestion question : s.questions()) {
                survey(wb.newWorksheet(sheet(String.format("調査%02d %s", ++q, question.number()))), s, question);
            }
        }
        dataState(wb.newWorksheet(sheet("データの状態")), m);
        wb.finish();
    }

    /**
     * A workbook of the cover sheet alone: its sheet is byte for byte the cover sheet of the whole workbook, which a
     * re-issued report swaps in ({@link ReportReissue}).
     */
    static void writeCover(ReportModel.Cover c, OutputStream out) throws IOException {
        XlsxReport x = new XlsxReport();
        Workbook wb = new Workbook(out, "renkei", "1.0");
        cover(wb.newWorksheet(x.sheet(COVER_SHEET)), c);
        wb.finish();
    }

    /**
     * 表紙, always the first sheet. Its texts are inline, not in the workbook's shared strings, so that the sheet holds
     * all of itself and a re-issued report can take a new one without touching the others.
     */
    private static void cover(Worksheet cover, ReportModel.Cover c) {
        String[][] lines = {{"在宅医療・介護連携推進事業 進捗レポート", ""}, {"市区町村", c.cityName()},
                {"都道府県", c.prefectureName()}, {"スナップショット日", c.snapshotDate()},
                {"見える化 出力日（最新）", c.newestExportDate()}, {"ロードID", c.loadId()}};
        for (int r = 0; r < lines.length; r++) {
            cover.inlineString(r, 0, lines[r][0]);
            cover.inlineString(r, 1, lines[r][1]);
        }
        cover.width(0, 26);
        cover.width(1, 30);
    }

    private static void scenes(Worksheet ws, ReportModel m) {
        header(ws, 0, "場面", "指標", "時点", m.cover().cityName(), m.cover().prefectureName(), "全国", "県比", "前期比");
        int r = 1;
        for (ScenePanel panel : m.scenes()) {
            if (panel.indicators().isEmpty()) {
                ws.value(r, 0, panel.name());
                ws.value(r++, 1, "（指標なし）");
            }
            for (SceneIndicator i : panel.indicators()) {
                ws.value(r, 0, panel.name());
                ws.value(r, 1, i.name());
                ws.value(r, 2, i.latestPeriod());
                publishedText(ws, r, 3, i.city());
                publishedText(ws, r, 4, i.prefecture());
                publishedText(ws, r, 5, i.nation());
                publishedText(ws, r, 6, i.ratioToPrefecture());
                ws.value(r++, 7, i.change());
            }
        }
        ws.width(0, 16);
        ws.width(1, 34);
    }

    private static void indicator(Worksheet ws, IndicatorPage p) {
        ws.value(0, 0, p.title());
        ws.style(0, 0).bold().set();
        ws.value(1, 0, "");
        for (int c = 0; c < p.periods().size(); c++) {
            ws.value(1, c + 1, p.periods().get(c));
            ws.style(1, c + 1).bold().set();
        }
        int r = 2;
        for (TableRow row : p.rows()) {
            ws.value(r, 0, row.regionName());
            for (int c = 0; c < row.cells().size(); c++) {
                Double v = row.values().get(c);
                if (v != null) {
                    ws.value(r, c + 1, v);
                    int d = row.decimals().get(c);
                    ws.style(r, c + 1).format(d == 0 ? "0" : "0." + "0".repeat(d)).set();
                } else if (!row.cells().get(c).isEmpty()) {
                    ws.value(r, c + 1, row.cells().get(c)); // a missing-value token as published
                }
            }
            r++;
        }
        ws.value(r + 1, 0, p.sourceLine());
        int line = r + 2;
        for (String note : p.footnotes()) {
            ws.value(line++, 0, "注: " + note);
        }
        ws.width(0, 14);
    }

    private static void activities(Worksheet ws, ReportModel m) {
        header(ws, 0, "部会名", "項目", "値", "単位", "時点", "具体的取組", "4つの場面", "備考");
        int r = 1;
        for (ReportModel.ActivityGroup g : m.activities()) {
            for (ReportModel.ActivityItem i : g.items()) {
                ws.value(r, 0, g.workingGroup());
                ws.value(r, 1, i.item());
                if (i.number() != null) {
                    ws.value(r, 2, i.number());
                    ws.style(r, 2).format(i.number() == Math.rint(i.number()) ? "0" : "0.0##").set();
                }
                ws.value(r, 3, i.unit());
                ws.value(r, 4, i.asOf());
                ws.value(r, 5, String.join("、", g.initiatives()));
                ws.value(r, 6, String.join("・", g.scenes()));
                ws.value(r++, 7, i.note());
            }
        }
        ws.width(0, 22);
        ws.width(1, 30);
        ws.width(5, 40);
        ws.width(6, 40);
    }

    private static void survey(Worksheet ws, SurveySection s, SurveyQuestion q) {
        ws.value(0, 0, s.title() + "（" + s.fielded() + "）");
        ws.value(1, 0, q.number() + " " + q.text());
        ws.value(2, 0, q.type());
        int r = 4;
        if (q.chart() == null) {
            if (!q.numericHeader().isEmpty()) {
                header(ws, r++, q.numericHeader().toArray(String[]::new));
                for (List<String> row : q.numericRows()) {
                    for (int c = 0; c < row.size(); c++) {
                        publishedText(ws, r, c, row.get(c));
                    }
                    r++;
                }
            } else {
                ws.value(r, 0, "数値の集計はまだ公表されていない");
            }
            return;
        }
        ws.value(3, 0, "n = " + q.n() + "　無回答 " + q.noAnswer() + (q.multipleAnswer() ? "　複数回答のため合計は100%を超える" : ""));
        header(ws, r++, "選択肢", "人数", "%");
        for (CrossRow row : q.overall()) {
            ws.value(r, 0, row.label());
            cell(ws, r, 1, row.n(), "#,##0");
            cell(ws, r, 2, row.cells().getFirst(), "0.0");
            r++;
        }
        for (CrossTab x : q.crossTabs()) {
            r++;
            ws.value(r, 0, x.demographic() + "別（%）");
            r++;
            ws.value(r, 0, x.demographic());
            ws.value(r, 1, "n");
            for (int c = 0; c < x.options().size(); c++) {
                ws.value(r, c + 2, x.options().get(c));
            }
            r++;
            for (CrossRow row : x.rows()) {
                ws.value(r, 0, row.label());
                cell(ws, r, 1, row.n(), "#,##0");
                for (int c = 0; c < row.cells().size(); c++) {
                    cell(ws, r, c + 2, row.cells().get(c), "0.0");
                }
                r++;
            }
        }
        ws.value(r + 1, 0, "— は回答者が少ないため秘匿した区分");
        ws.width(0, 30);
    }

    private static void dataState(Worksheet ws, ReportModel m) {
        header(ws, 0, "区分", "ファイル・指標", "種類・地域", "件数", "内容");
        int r = 1;
        for (ReportModel.FileRejects f : m.dataState().rejects()) {
            row(ws, r++, "リジェクト", f.file(), f.kind(), f.rows(), f.example());
        }
        for (ReportModel.FileRejects f : m.dataState().booksRejected()) {
            row(ws, r++, "ファイルごと読み込まず", f.file(), f.kind(), f.rows(), f.example());
        }
        for (String u : m.dataState().uncatalogued()) {
            row(ws, r++, "カタログにない系列", u, "", null, "");
        }
        for (ReportModel.MissingDenominators d : m.dataState().withoutDenominator()) {
            row(ws, r++, "分母のない値", d.indicator(), d.region(), d.values(), d.periods());
        }
        ws.width(0, 20);
        ws.width(1, 40);
        ws.width(4, 60);
    }

    private static void row(Worksheet ws, int r, String what, String file, String kind, Long count, String text) {
        ws.value(r, 0, what);
        ws.value(r, 1, file);
        ws.value(r, 2, kind);
        if (count != null) {
            ws.value(r, 3, count);
        }
        ws.value(r, 4, text);
    }

    private static void cell(Worksheet ws, int r, int c, Cell cell, String format) {
        if (cell.value() != null) {
            ws.value(r, c, cell.value());
            ws.style(r, c).format(format).set();
        } else {
            ws.value(r, c, cell.text());
        }
    }

    /** A figure already formatted for the HTML: a number again where it is one, the text otherwise (—). */
    private static void publishedText(Worksheet ws, int r, int c, String text) {
        java.util.Optional<java.math.BigDecimal> n = jp.renkei.input.NumberText.decimal(text == null ? "" : text);
        if (n.isPresent()) {
            ws.value(r, c, n.get());
            int d = Math.max(0, n.get().scale());
            ws.style(r, c).format(d == 0 ? "0" : "0." + "0".repeat(d)).set();
        } else {
            ws.value(r, c, text);
        }
    }

    private static void header(Worksheet ws, int r, String... names) {
        for (int c = 0; c < names.length; c++) {
            ws.value(r, c, names[c]);
            ws.style(r, c).bold().fillColor("EEF3FA").set();
        }
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the book. */
    private String sheet(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; !sheetNames.add(name); i++) {
            String suffix = "~" + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
