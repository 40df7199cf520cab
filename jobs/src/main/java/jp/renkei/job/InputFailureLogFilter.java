package jp.renkei.job;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jp.renkei.input.InputFileException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps Spring Batch from logging a stack trace for an input file that cannot be read: that is bad input,
 * not a bug, and {@link NightlyLoad} prints its message (file, row, column, found, expected) on stderr.
 * Any other exception is logged as before.
 */
final class InputFailureLogFilter extends TurboFilter {

    /** Adds the filter to Logback once; does nothing when Logback is not the logging backend. */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(InputFailureLogFilter.class::isInstance)) {
            InputFailureLogFilter filter = new InputFailureLogFilter();
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            t = last;
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InputFileException) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
