package org.evofit.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import org.evofit.dispatch.Secrets;

/**
 * The log pattern's {@code %masked(...)}: what it wraps (a library's message and stack trace) with
 * every secret masked by {@link Secrets#masked}, the same rule every other message of evofit goes through.
 */
public final class MaskedConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return Secrets.masked(in);
    }
}
