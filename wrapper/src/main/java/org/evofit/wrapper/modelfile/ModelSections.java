package org.evofit.wrapper.modelfile;

import java.util.List;
import java.util.Map;
import org.evofit.core.data.ColumnSpec;

/**
 * The sections of a model file that {@link ModelFileWriter} writes whatever the model's kind, values
 * spelled by {@link YamlScalars}: curve components, variables, couplings, data, figure of merit and
 * optimizer.
 */
final class ModelSections {

    private ModelSections() {
    }

    /**
     * One item of {@code components:}.
     *
     * @param entries the component's keys after its kind (degree, expression, parameters), values spelled
     */
    static void component(YamlLines out, String name, String kind, Map<String, String> entries) {
        out.line("  - name: " + YamlScalars.string(name));
        out.line("    kind: " + kind);
        entries.forEach((k, v) -> out.line("    " + k + ": " + v));
    }

    /** The {@code variables:} section, values spelled; nothing when there are none. */
    static void variables(YamlLines out, String comment, Map<String, String> variables) {
        if (!variables.isEmpty()) {
            out.section("variables", comment);
            variables.forEach((name, v) -> out.line("  " + name + ": " + v));
        }
    }

    /**
     * The {@code couplings:} section; nothing when there are none.
     *
     * @param comments each coupling's comment (null for none), in the couplings' order
     */
    static void couplings(YamlLines out, String comment, List<String> couplings, List<String> comments) {
        if (!couplings.isEmpty()) {
            out.section("couplings", comment);
            for (int i = 0; i < couplings.size(); i++) {
                out.line("  - " + YamlScalars.quoted(couplings.get(i)), comments.get(i));
            }
        }
    }

    /** One item of {@code data:}. */
    static void data(YamlLines out, DataEntry d) {
        out.line("  - name: " + YamlScalars.quoted(d.name()));
        out.line("    file: " + YamlScalars.quoted(d.file()));
        if (d.format() != null) {
            out.line("    format: " + YamlScalars.quoted(d.format()));
        }
        if (d.ortDataSet() != null) {
            out.line("    dataSet: " + YamlScalars.quoted(d.ortDataSet()));
        }
        ColumnSpec c = d.columns();
        if (c != null) {
            out.line("    columns: {x: " + term(c.x()) + ", y: " + term(c.y())
                    + (c.error() != null ? ", error: " + term(c.error()) : "")
                    + (c.resolution() != null ? ", resolution: " + term(c.resolution()) : "")
                    + (c.wavelength() != null ? ", lambda: " + term(c.wavelength()) : "") + "}",
                    d.columnsComment());
            if (c.comment() != null) {
                out.line("    comment: " + YamlScalars.quoted(c.comment()));
            }
            if (c.firstRow() != 0 || c.lastRow() != Integer.MAX_VALUE) {
                out.line("    rows: {from: " + c.firstRow() + (c.lastRow() == Integer.MAX_VALUE ? "" : ", to: " + c.lastRow())
                        + "}");
            }
        }
        if (d.xmin() != Double.NEGATIVE_INFINITY || d.xmax() != Double.POSITIVE_INFINITY) {
            out.line("    range: {xmin: " + YamlScalars.number(d.xmin()) + ", xmax: " + YamlScalars.number(d.xmax())
                    + "}");
        }
    }

    /** A column index as a number, an expression of columns quoted. */
    private static String term(String text) {
        return text.matches("\\d+") || text.equals(ColumnSpec.NO_ERROR) ? text : YamlScalars.quoted(text);
    }

    /** The {@code fom:} line: the name alone, or with {@code nonFinite: fail}. */
    static void fom(YamlLines out, String name, boolean failOnNonFinite) {
        out.line("fom: " + (failOnNonFinite ? "{name: " + YamlScalars.string(name) + ", nonFinite: fail}"
                : YamlScalars.string(name)));
    }

    /** The {@code optimizer:} section: its settings in order, comment lines among them. */
    static void optimizer(YamlLines out, String comment, List<OptimizerLine> settings) {
        out.section("optimizer", comment);
        for (OptimizerLine s : settings) {
            if (s.key() == null) {
                out.comment("  ", s.comment());
            } else {
                out.line("  " + s.key() + ": " + s.value(), s.comment());
            }
        }
    }
}
