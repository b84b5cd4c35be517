package org.evofit.server.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.evofit.report.CurveData;
import org.evofit.report.RunData;
import org.evofit.report.SldData;
import org.evofit.report.SpinAsymmetry;
import org.evofit.report.SweepData;
import org.evofit.wrapper.results.ParameterRow;

/**
 * The data the pages' plots draw, as JSON inside the page ({@code <script type="application/json">}),
 * read by {@code /static/plots.js}. Numbers are written in full ({@link Double#toString} precision, so
 * they read back as the values of the result files); a value that is not finite is {@code null}, which
 * the plots leave as a gap.
 */
final class PlotJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlotJson() {
    }

    /**
     * A run's plots: axis labels, whether y is best on a log scale, every data set's points, errors,
     * model and residuals, and the SLD profiles of a reflectivity model ({@code slds}: one for a model of one
     * sample, one per sample of a joint model, each with its title and, for polarised neutrons, its magnetic
     * SLD {@code rhoM}; empty for other models), and the spin
     * asymmetry of a run with ++ and −− data sets ({@code asymmetry}, {@code null} otherwise).
     */
    static ObjectNode run(RunData run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("x", run.axes().xLabel());
        root.put("y", run.axes().yLabel());
        root.put("logY", run.axes().logY());
        ArrayNode sets = root.putArray("sets");
        for (CurveData c : run.curves()) {
            ObjectNode set = sets.addObject();
            set.put("name", c.name());
            set.set("x", numbers(c.x()));
            set.set("y", numbers(c.y()));
            set.set("error", c.hasErrors() ? numbers(c.error()) : JSON.nullNode());
            set.set("model", numbers(c.model()));
            set.set("residual", numbers(c.residual()));
        }
        ArrayNode slds = root.putArray("slds");
        if (run.sld() != null) {
            sld(slds, "SLD profile", run.sld());
        }
        // A joint model's samples each have their own profile, named as the report names its charts.
        run.sampleSlds().forEach((sample, profile) -> sld(slds, "SLD profile of sample " + sample, profile));
        root.set("asymmetry", SpinAsymmetry.of(run).<JsonNode>map(PlotJson::asymmetry).orElse(JSON.nullNode()));
        return root;
    }

    /** The spin asymmetry's points, errors and model, with the legend's words and the note on points left out. */
    private static ObjectNode asymmetry(SpinAsymmetry sa) {
        ObjectNode out = JSON.createObjectNode();
        out.put("dataLabel", sa.dataLabel());
        out.put("modelLabel", sa.modelLabel());
        out.put("note", sa.note().orElse(""));
        out.set("x", numbers(sa.x()));
        out.set("data", numbers(sa.data()));
        out.set("error", sa.error() == null ? JSON.nullNode() : numbers(sa.error()));
        out.set("model", numbers(sa.model()));
        return out;
    }

    private static void sld(ArrayNode slds, String title, SldData profile) {
        ObjectNode sld = slds.addObject();
        sld.put("title", title);
        sld.set("z", numbers(profile.z()));
        sld.set("re", numbers(profile.re()));
        sld.set("im", numbers(profile.im()));
        // A polarised model's magnetic SLD, drawn beside the nuclear one; null for an unpolarised model.
        sld.set("rhoM", profile.rhoM() == null ? JSON.nullNode() : numbers(profile.rhoM()));
    }

    /**
     * A sweep's trend plots: for each fitted parameter its value and standard error in every finished
     * run against the run's sequence value (or its index outside a sequence), then the figure of merit.
     */
    static ObjectNode sweep(SweepData sweep) {
        List<SweepData.Run> done = sweep.finished();
        double[] x = done.stream().mapToDouble(sweep::position).toArray();
        ObjectNode root = JSON.createObjectNode();
        root.put("x", sweep.positionLabel());
        ArrayNode trends = root.putArray("trends");
        for (Map.Entry<String, String> p : sweep.fittedParameters().entrySet()) {
            double[] value = new double[x.length];
            double[] error = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                ParameterRow row = SweepTable.parameter(done.get(i).result(), p.getKey());
                value[i] = row == null ? Double.NaN : row.value();
                error[i] = row == null ? Double.NaN : row.error();
            }
            trend(trends, p.getKey(), p.getValue(), x, value, error, false);
        }
        double[] fom = done.stream().mapToDouble(r -> r.result().fom()).toArray();
        String fomName = done.isEmpty() ? "" : done.get(0).result().fomName();
        trend(trends, "FOM (" + fomName + ")", "", x, fom, null, true);
        return root;
    }

    private static void trend(ArrayNode trends, String name, String unit, double[] x, double[] value,
                              double[] error, boolean logY) {
        ObjectNode t = trends.addObject();
        t.put("name", name);
        t.put("unit", unit);
        t.put("logY", logY);
        t.set("x", numbers(x));
        t.set("value", numbers(value));
        t.set("error", error == null ? JSON.nullNode() : numbers(error));
    }

    /**
     * The element that carries {@code data} into the page. JSON holds {@code <} only inside strings,
     * where {@code \u003c} means the same, so no value (a data set's name) can end the script element.
     */
    static String script(String id, ObjectNode data) {
        String text;
        try {
            text = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plot data cannot be written as JSON", e);
        }
        return "<script type=\"application/json\" id=\"" + id + "\">"
                + text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "</script>\n";
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode out = JSON.createArrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) {
                out.add(v);
            } else {
                out.addNull();
            }
        }
        return out;
    }
}
