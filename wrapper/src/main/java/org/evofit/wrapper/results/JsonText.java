package org.evofit.wrapper.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The text of a result file's JSON written with Jackson's streaming generator, indented by the same pretty printer
 * as {@link JsonFiles}' mappers and ending in a line break, so the text is the one those mappers write. A fit's
 * model.json and result.json are written this way because setting up an {@code ObjectMapper} and its serializers
 * cost a short fit a fifth of its main thread (its date format's static set-up loads the calendar data of every
 * locale), which the generator alone does not.
 */
final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes one value (an object, say) into a generator. */
    @FunctionalInterface
    interface Body {
        /** Writes the value. */
        void write(JsonGenerator g) throws IOException;
    }

    private JsonText() {
    }

    /** The text {@code body} writes, indented, with a final line break. */
    static String of(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            // A StringWriter does not fail; the generator only throws for calls out of order.
            throw new UncheckedIOException("could not format JSON", e);
        }
        return text.append('\n').toString();
    }

    /** The field {@code name}: {@code value}, or null where JSON has no number for it (result.json's numbers). */
    static void finiteOrNull(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        if (Double.isFinite(value)) {
            g.writeNumber(value);
        } else {
            g.writeNull();
        }
    }

    /** The field {@code name}: {@code value} or null. */
    static void booleanOrNull(JsonGenerator g, String name, Boolean value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeBoolean(value);
        }
    }

    /** The field {@code name}: an array of {@code values}, or null. */
    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
