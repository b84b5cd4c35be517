package org.evofit.wrapper.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The JSON of result files, on Jackson: records written in their declared key order, indented, with a
 * final line break; read back ignoring keys an older or newer evofit added, a missing number read as
 * NaN where the record holds a primitive double. Errors name the file and line.
 */
public final class JsonFiles {

    /** result.json: JSON has no NaN or infinity, so those are written as null and read back as NaN. */
    static final ObjectMapper FINITE = mapper(true);
    /** model.json and sweep.json: numbers as Jackson writes them. */
    static final ObjectMapper PLAIN = mapper(false);

    private JsonFiles() {
    }

    private static ObjectMapper mapper(boolean finite) {
        SimpleModule numbers = new SimpleModule("evofit-result-numbers");
        // Only primitives: a boxed Double (sweep.json's sequence) keeps null for "none".
        numbers.addDeserializer(double.class, new NullIsNaN());
        if (finite) {
            numbers.addSerializer(Double.class, new FiniteOrNull());
            numbers.addSerializer(double.class, new FiniteOrNull());
        }
        return new ObjectMapper().registerModule(numbers).enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The text of {@code value} with {@code mapper}, ending in a line break. */
    static String format(ObjectMapper mapper, Object value) {
        return format(mapper.writer(), value);
    }

    /** The text of {@code value} with {@code writer}, ending in a line break. */
    static String format(com.fasterxml.jackson.databind.ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not format JSON", e);
        }
    }

    /** Reads {@code file} as a {@code type}. */
    static <T> T read(ObjectMapper mapper, Path file, Class<T> type) {
        String text = FileText.read(file);
        return parse(mapper, file, text, type);
    }

    /** Parses {@code text} as a {@code type}; {@code file} only names it in messages. */
    static <T> T parse(ObjectMapper mapper, Path file, String text, Class<T> type) {
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new ResultFileException(file, 1, "null; expected a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ResultFileException(file, line, "not valid " + file.getFileName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A double, or null where JSON has no number for it. */
    private static final class FiniteOrNull extends JsonSerializer<Double> {
        @Override
        public void serialize(Double v, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (Double.isFinite(v)) {
                gen.writeNumber(v);
            } else {
                gen.writeNull();
            }
        }
    }

    /** A number; null or absent is NaN. */
    private static final class NullIsNaN extends JsonDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isNumeric()) {
                return p.getDoubleValue();
            }
            if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                // Jackson writes NaN and infinities as strings.
                try {
                    return Double.parseDouble(p.getText());
                } catch (NumberFormatException e) {
                    return (Double) ctxt.handleWeirdStringValue(Double.class, p.getText(), "expected a number");
                }
            }
            return (Double) ctxt.handleUnexpectedToken(Double.class, p);
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return Double.NaN;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Double.NaN;
        }
    }
}
