package org.evofit.wrapper.results;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The text of result.json ({@link ResultJson#format}) from Jackson's streaming generator ({@link JsonText}): keys in
 * the order, and left out where, the record's annotations tell databind, numbers without a finite value as null.
 * JsonTextTest holds it to the text databind writes for the same records.
 */
final class ResultJsonText {

    private ResultJsonText() {
    }

    static String of(ResultJson r) {
        return JsonText.of(g -> write(g, r));
    }

    private static void write(JsonGenerator g, ResultJson r) throws IOException {
        g.writeStartObject();
        g.writeStringField("evofitVersion", r.evofitVersion());
        g.writeStringField("model", r.model());
        JsonText.finiteOrNull(g, "fom", r.fom());
        g.writeStringField("fomName", r.fomName());
        if (r.fomCombination() != null) {
            g.writeStringField("fomCombination", r.fomCombination());
        }
        JsonText.finiteOrNull(g, "chi2", r.chi2());
        g.writeStringField("strategy", r.strategy());
        g.writeNumberField("seed", r.seed());
        g.writeNumberField("threads", r.threads());
        g.writeNumberField("population", r.population());
        g.writeNumberField("generations", r.generations());
        g.writeNumberField("evaluations", r.evaluations());
        JsonText.finiteOrNull(g, "seconds", r.seconds());
        JsonText.finiteOrNull(g, "evaluationsPerSecond", r.evaluationsPerSecond());
        g.writeStringField("stopReason", r.stopReason());
        g.writeBooleanField("refined", r.refined());
        if (!r.excludedPoints().isEmpty()) {
            g.writeArrayFieldStart("excludedPoints");
            for (ResultJson.ExcludedPoints e : r.excludedPoints()) {
                excluded(g, e);
            }
            g.writeEndArray();
        }
        if (!r.warnings().isEmpty()) {
            JsonText.strings(g, "warnings", r.warnings());
        }
        if (r.errors() != null) {
            errors(g, r.errors());
        }
        g.writeStringField("started", r.started());
        g.writeStringField("finished", r.finished());
        provenance(g, r.provenance());
        g.writeArrayFieldStart("parameters");
        for (ResultJson.Parameter p : r.parameters()) {
            parameter(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void excluded(JsonGenerator g, ResultJson.ExcludedPoints e) throws IOException {
        g.writeStartObject();
        g.writeStringField("dataSet", e.dataSet());
        g.writeNumberField("points", e.points());
        g.writeNumberField("excluded", e.excluded());
        g.writeNumberField("nonFinite", e.nonFinite());
        g.writeStringField("warning", e.warning());
        g.writeEndObject();
    }

    private static void errors(JsonGenerator g, ResultJson.Errors e) throws IOException {
        g.writeObjectFieldStart("errors");
        g.writeStringField("residuals", e.residuals());
        g.writeStringField("scale", e.scale());
        JsonText.finiteOrNull(g, "s2", e.s2());
        g.writeNumberField("points", e.points());
        g.writeNumberField("degreesOfFreedom", e.degreesOfFreedom());
        JsonText.finiteOrNull(g, "level", e.level());
        JsonText.finiteOrNull(g, "threshold", e.threshold());
        if (e.bars() != null) {
            g.writeStringField("bars", e.bars());
        }
        g.writeEndObject();
    }

    private static void provenance(JsonGenerator g, ResultJson.Provenance p) throws IOException {
        g.writeFieldName("provenance");
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("evofitVersion", p.evofitVersion());
        g.writeStringField("buildCommit", p.buildCommit());
        g.writeStringField("modelFile", p.modelFile());
        g.writeStringField("modelSha256", p.modelSha256());
        g.writeStringField("modelRepositoryCommit", p.modelRepositoryCommit());
        JsonText.booleanOrNull(g, "modelUncommitted", p.modelUncommitted());
        JsonText.booleanOrNull(g, "repositoryUncommitted", p.repositoryUncommitted());
        g.writeFieldName("jvm");
        if (p.jvm() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("version", p.jvm().version());
            g.writeStringField("vendor", p.jvm().vendor());
            g.writeEndObject();
        }
        g.writeFieldName("os");
        if (p.os() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("name", p.os().name());
            g.writeStringField("arch", p.os().arch());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void parameter(JsonGenerator g, ResultJson.Parameter p) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        JsonText.finiteOrNull(g, "value", p.value());
        g.writeBooleanField("fit", p.fit());
        JsonText.finiteOrNull(g, "min", p.min());
        JsonText.finiteOrNull(g, "max", p.max());
        JsonText.finiteOrNull(g, "error", p.error());
        JsonText.finiteOrNull(g, "errorLow", p.errorLow());
        JsonText.finiteOrNull(g, "errorHigh", p.errorHigh());
        if (p.atBound() != null) {
            g.writeStringField("atBound", p.atBound());
        }
        g.writeEndObject();
    }
}
