package jp.renkei.report;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the report's model through the Thymeleaf template {@code report/report.html} into one HTML file. */
final class HtmlReport {

    private static final TemplateEngine ENGINE = engine();

    private HtmlReport() {
    }

    /** Where the template's cover ends: everything after it depends on the data only, not on the date or the load. */
    static final String COVER_END = "<!-- renkei: the cover ends here;";

    static String render(ReportModel model) {
        return ENGINE.process("report", new Context(java.util.Locale.JAPAN, Map.of("m", model)));
    }

    /** The page up to the end of the cover, for this cover: the part a re-issued report renders again. */
    static String front(ReportModel.Cover cover) {
        String page = render(ReportModel.coverOnly(cover));
        int end = page.indexOf(COVER_END);
        if (end < 0) {
            throw new IllegalStateException("report/report.html has no \"" + COVER_END + "\" after its cover");
        }
        return page.substring(0, end);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
        resolver.setPrefix("report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
