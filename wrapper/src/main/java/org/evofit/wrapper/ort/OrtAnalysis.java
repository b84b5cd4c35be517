package org.evofit.wrapper.ort;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.ParameterEstimate;

/**
 * What evofit adds to an ORSO header when it writes a fit: an {@code analysis} section. The format
 * orders its header by what happened to the data (where they come from, how they were reduced,
 * how they were analysed) and allows sections of one's own, but defines none for analysis yet;
 * this one follows its conventions: snake_case keys, a {@code software} entry like the reduction's,
 * local time with its UTC offset.
 *
 * <pre>
 * analysis:
 *   software: {name: evofit, version: 0.1.0}
 *   timestamp: 2025-12-03T16:42:40+01:00
 *   model: model.yaml
 *   figure_of_merit: {name: chi2bars, value: 1.07}
 *   chi2: 1.07
 *   parameters:
 *   - {name: film.d, value: 101.3, fit: true, min: 50, max: 150, error: 0.4,
 *      error_low: -0.5, error_high: 0.5, unit: Å}
 *   instrument: {probe: neutron, wavelength: 5.0, coords: q, resolution: no conv, footprint: no corr}
 *   sample:
 *     ambient: amb
 *     substrate: Si
 *     stacks: [{name: s, layers: [film], repetitions: 1}]
 *     layers: [{name: film, kind: sld, composition: null}, ...]
 *   model_column: Rfit
 * </pre>
 *
 * Numbers that do not exist (NaN, an unbounded limit) are left out rather than written as
 * something a reader could take for a value.
 *
 * @param version    evofit's version
 * @param timestamp  when the fit finished
 * @param model      the model file as the user named it, or {@code null}
 * @param fomName    the figure of merit's name
 * @param fom        its value at the written model
 * @param chi2       reduced chi-square (NaN when the data have no errors)
 * @param parameters every parameter with its value and uncertainties
 * @param units      parameter name to unit, for those that have one (may be empty)
 * @param summary    the model's summary as model.json holds it, whose {@code instrument} and
 *                   {@code sample} go into the section; {@code null} for none
 */
public record OrtAnalysis(String version, OffsetDateTime timestamp, String model, String fomName,
                          double fom, double chi2, List<ParameterEstimate> parameters,
                          Map<String, String> units, ObjectNode summary) {

    private static final DateTimeFormatter LOCAL_WITH_OFFSET =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** Checks the required parts. */
    public OrtAnalysis {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(fomName, "fomName");
        parameters = List.copyOf(parameters);
        units = Map.copyOf(units);
        summary = summary == null ? null : summary.deepCopy();
    }

    /** An analysis without units or model summary. */
    public OrtAnalysis(String version, OffsetDateTime timestamp, String model, String fomName, double fom,
                       double chi2, List<ParameterEstimate> parameters) {
        this(version, timestamp, model, fomName, fom, chi2, parameters, Map.of(), null);
    }

    /** This analysis with parameter units and the model's summary (see {@code ResultFiles.MODEL_JSON}). */
    public OrtAnalysis withModel(Map<String, String> newUnits, ObjectNode newSummary) {
        return new OrtAnalysis(version, timestamp, model, fomName, fom, chi2, parameters, newUnits, newSummary);
    }

    /**
     * The analysis of a finished fit, timed in this machine's time zone.
     *
     * @param result   the fit's result
     * @param version  evofit's version
     * @param finished when the fit finished
     * @param model    the model file as the user named it, or {@code null}
     */
    public static OrtAnalysis of(FitResult result, String version, Instant finished, String model) {
        return new OrtAnalysis(version, OffsetDateTime.ofInstant(finished, ZoneId.systemDefault()), model,
                result.fomName(), result.fom(), result.chi2(), result.parameters());
    }

    /** The section's tree, as it goes under the header's {@code analysis} key. */
    ObjectNode toTree() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode section = nodes.objectNode();
        section.putObject("software").put("name", "evofit").put("version", version);
        section.put("timestamp", timestamp.format(LOCAL_WITH_OFFSET));
        if (model != null) {
            section.put("model", model);
        }
        ObjectNode figure = section.putObject("figure_of_merit").put("name", fomName);
        number(figure, "value", fom);
        number(section, "chi2", chi2);
        ArrayNode list = section.putArray("parameters");
        for (ParameterEstimate p : parameters) {
            ObjectNode node = list.addObject().put("name", p.name());
            number(node, "value", p.value());
            node.put("fit", p.fit());
            number(node, "min", p.min());
            number(node, "max", p.max());
            number(node, "error", p.error());
            number(node, "error_low", p.errorLow());
            number(node, "error_high", p.errorHigh());
            String unit = units.get(p.name());
            if (unit != null && !unit.isEmpty()) {
                node.put("unit", unit);
            }
        }
        if (summary != null) {
            for (String key : List.of("instrument", "sample")) {
                if (summary.has(key)) {
                    section.set(key, summary.get(key).deepCopy());
                }
            }
        }
        section.put("model_column", ModelColumn.NAME);
        return section;
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        }
    }
}
