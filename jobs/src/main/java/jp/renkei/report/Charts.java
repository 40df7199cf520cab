package jp.renkei.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The report's charts, drawn by JFreeChart onto JFreeSVG's Graphics2D and returned as an inline {@code <svg>}
 * element. Text in the SVG names the report's Japanese font stack, so the browser draws it with the page's font.
 */
final class Charts {

    // unquoted: JFreeSVG puts it inside a single-quoted style attribute, and these names are valid CSS unquoted
    static final String FONT_STACK = "Noto Sans CJK JP, Noto Sans JP, Hiragino Sans, Hiragino Kaku Gothic ProN, "
            + "Yu Gothic, YuGothic, Meiryo, sans-serif";

    /** City, prefecture, nation: the same colour for the same role on every chart. */
    private static final List<Color> REGION_COLOURS = List.of(new Color(0xC0392B), new Color(0x1F5FA8), new Color(0x6B6B6B));
    private static final Color BAR = new Color(0x1F5FA8);

    // JFreeSVG writes XML namespace declarations (w3.org, jfree.org): inline SVG in HTML needs none, and the
    // report must not name any network address.
    private static final Pattern NAMESPACES = Pattern.compile("\\s+xmlns(:\\w+)?=(['\"])[^'\"]*\\2");

    private static final StandardChartTheme THEME = theme();

    private Charts() {
    }

    /** One series of a line chart: a region's values by period (null where it has none). */
    record Series(String name, List<Double> values) {
    }

    /**
     * A line chart of the city, the prefecture and the nation over the periods, with a dashed marker at each
     * 介護報酬改定 boundary that the periods cross.
     *
     * @param boundaries period label → the revision that starts there (H30改定, R6改定)
     */
    static String trend(String id, String unit, List<String> periods, List<Series> series, Map<String, String> boundaries) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < periods.size(); i++) {
                data.addValue(s.values().get(i), s.name(), periods.get(i));
            }
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, linePlot(data, unit), true);
        THEME.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, REGION_COLOURS.get(i % REGION_COLOURS.size()));
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        // markers help on a few periods; on many they only crowd the line (and the file)
        renderer.setDefaultShapesVisible(periods.size() <= 12);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesShapesVisible(i, periods.size() <= 12);
        }
        // labels stay horizontal and wrap: a rotated label makes JFreeSVG write a clip path of its own (300 KB a chart)
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        if (periods.size() > 12) {
            plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        }
        boundaries.forEach((period, revision) -> {
            CategoryMarker marker = new CategoryMarker(period, new Color(0x9A6B00),
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
            marker.setDrawAsLine(true);
            marker.setLabel(revision);
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelPaint(new Color(0x9A6B00));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        });
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        return svg(chart, id, 720, 300);
    }

    /** A small trend line without axes, for the scene panels. */
    static String sparkline(String id, List<String> periods, List<Double> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < periods.size(); i++) {
            data.addValue(values.get(i), "city", periods.get(i));
        }
        CategoryPlot plot = linePlot(data, null);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        THEME.apply(chart);
        plot.getDomainAxis().setVisible(false);
        plot.getRangeAxis().setVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setInsets(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 2));
        plot.getDomainAxis().setLowerMargin(0.02);
        plot.getDomainAxis().setUpperMargin(0.02);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, REGION_COLOURS.get(0));
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        renderer.setSeriesShapesVisible(0, false);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(0, 0, 0, 0));
        return svg(chart, id, 120, 32);
    }

    /** A horizontal bar chart of the 全体 shares (%), options in the published order. */
    static String shares(String id, List<String> options, List<Double> percents) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < options.size(); i++) {
            data.addValue(percents.get(i), "全体", options.get(i));
        }
        CategoryAxis domain = new CategoryAxis();
        NumberAxis range = new NumberAxis("%");
        range.setRange(0, Math.max(10, Math.ceil(percents.stream().filter(p -> p != null).mapToDouble(Double::doubleValue)
                .max().orElse(0) / 10) * 10 + 5));
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        THEME.apply(chart);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.7);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new java.text.DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        domain.setMaximumCategoryLabelWidthRatio(0.45f);
        domain.setMaximumCategoryLabelLines(2);
        return svg(chart, id, 720, 50 + 26 * options.size());
    }

    private static CategoryPlot linePlot(DefaultCategoryDataset data, String unit) {
        CategoryAxis domain = new CategoryAxis();
        NumberAxis range = new NumberAxis(unit);
        range.setAutoRangeIncludesZero(true);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        return new CategoryPlot(data, domain, range, renderer);
    }

    private static String svg(JFreeChart chart, String id, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setElementHinting(true);
        chart.setID(id);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setFontFunction(family -> FONT_STACK);
        g.setDefsKeyPrefix(id + "-");
        // a tenth of a pixel is finer than any screen or printer shows, and a third of the file of full doubles
        g.setGeomDoubleConverter(Charts::tenth);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String element = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
        return NAMESPACES.matcher(element).replaceAll("");
    }

    private static String tenth(double d) {
        long tenths = Math.round(d * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }
}
