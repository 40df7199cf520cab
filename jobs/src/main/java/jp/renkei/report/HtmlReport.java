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

    static String render(ReportModel model) {
        return ENGINE.process("report", new Context(java.util.Locale.JAPAN, Map.of("m", model)));
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
