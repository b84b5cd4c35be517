package org.evofit.wrapper.results;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The text of model.json ({@link ModelJson#format}) from Jackson's streaming generator ({@link JsonText}): keys in
 * the order, and left out where, the record's annotations tell databind, numbers as Jackson writes them.
 * JsonTextTest holds it to the text databind writes for the same records.
 */
final class ModelJsonText {

    private ModelJsonText() {
    }

    static String of(ModelJson m) {
        return JsonText.of(g -> write(g, m));
    }

    private static void write(JsonGenerator g, ModelJson m) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", m.kind());
        g.writeStringField("source", m.source());
        g.writeStringField("figureOfMerit", m.figureOfMerit());
        axis(g, "x", m.x());
        axis(g, "y", m.y());
        g.writeBooleanField("logY", m.logY());
        if (m.instrument() != null) {
            g.writeFieldName("instrument");
            instrument(g, m.instrument());
        }
        if (m.sample() != null) {
            g.writeFieldName("sample");
            sample(g, m.sample());
        }
        if (m.components() != null) {
            g.writeArrayFieldStart("components");
            for (ModelJson.Component c : m.components()) {
                component(g, c);
            }
            g.writeEndArray();
        }
        if (m.samples() != null) {
            g.writeObjectFieldStart("samples");
            for (Map.Entry<String, ModelJson.Sample> e : m.samples().entrySet()) {
                g.writeFieldName(e.getKey());
                sample(g, e.getValue());
            }
            g.writeEndObject();
        }
        if (m.instruments() != null) {
            g.writeObjectFieldStart("instruments");
            for (Map.Entry<String, ModelJson.Instrument> e : m.instruments().entrySet()) {
                g.writeFieldName(e.getKey());
                instrument(g, e.getValue());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("dataSets");
        for (ModelJson.DataSetEntry d : m.dataSets()) {
            dataSet(g, d);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("units");
        for (Map.Entry<String, String> e : m.units().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void axis(JsonGenerator g, String name, ModelJson.Axis axis) throws IOException {
        g.writeFieldName(name);
        if (axis == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("quantity", axis.quantity());
        g.writeStringField("unit", axis.unit());
        g.writeEndObject();
    }

    private static void instrument(JsonGenerator g, ModelJson.Instrument i) throws IOException {
        if (i == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("probe", i.probe());
        g.writeNumberField("wavelength", i.wavelength());
        g.writeStringField("coords", i.coords());
        g.writeStringField("resolution", i.resolution());
        g.writeStringField("footprint", i.footprint());
        g.writeEndObject();
    }

    private static void sample(JsonGenerator g, ModelJson.Sample s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("ambient", s.ambient());
        g.writeStringField("substrate", s.substrate());
        g.writeFieldName("stacks");
        if (s.stacks() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (ModelJson.Stack stack : s.stacks()) {
                g.writeStartObject();
                g.writeStringField("name", stack.name());
                JsonText.strings(g, "layers", stack.layers());
                g.writeNumberField("repetitions", stack.repetitions());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        layers(g, s.layers());
        g.writeEndObject();
    }

    private static void layers(JsonGenerator g, List<ModelJson.Layer> layers) throws IOException {
        g.writeFieldName("layers");
        if (layers == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (ModelJson.Layer l : layers) {
            g.writeStartObject();
            g.writeStringField("name", l.name());
            g.writeStringField("kind", l.kind());
            g.writeStringField("composition", l.composition());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void component(JsonGenerator g, ModelJson.Component c) throws IOException {
        g.writeStartObject();
        if (c.name() != null) {
            g.writeStringField("name", c.name());
        }
        if (c.kind() != null) {
            g.writeStringField("kind", c.kind());
        }
        if (c.degree() != null) {
            g.writeNumberField("degree", c.degree());
        }
        if (c.expression() != null) {
            g.writeStringField("expression", c.expression());
        }
        if (c.parameters() != null) {
            JsonText.strings(g, "parameters", c.parameters());
        }
        g.writeEndObject();
    }

    private static void dataSet(JsonGenerator g, ModelJson.DataSetEntry d) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", d.name());
        g.writeStringField("file", d.file());
        g.writeNumberField("points", d.points());
        g.writeBooleanField("errors", d.errors());
        if (d.sample() != null) {
            g.writeStringField("sample", d.sample());
        }
        if (d.instrument() != null) {
            g.writeStringField("instrument", d.instrument());
        }
        if (d.channel() != null) {
            g.writeStringField("channel", d.channel());
        }
        g.writeEndObject();
    }
}
