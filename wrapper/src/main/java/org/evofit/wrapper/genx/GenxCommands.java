package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.ColumnTextLoader;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.DataFileException;
import org.evofit.core.expr.ExpressionException;
import org.evofit.wrapper.modelfile.DataFileText;

/**
 * Translates a GenX data set's x/y/error commands into column expressions over its raw columns.
 *
 * <p>GenX computes each data set's x, y and error by evaluating three Python commands over the raw
 * arrays {@code x}, {@code y}, {@code e} and the data set's extra arrays (such as {@code det} and
 * {@code mon}). Its error command may also call {@code rms(a, b, ...)}, the root of the sum of
 * squares; {@code fpe(xmax, relerr)}, the footprint error y·relerr where x is below xmax and 0 elsewhere;
 * and {@code dydx()}, the slope of y over x by central differences (one-sided at the ends), the last two
 * over the computed x and y. Arithmetic, the math functions evofit's expressions have and {@code rms}
 * become expressions of columns c0, c1, ... (x, y, e, then the extra arrays); {@code fpe} and
 * {@code dydx} read neighbouring points or choose by x, so they are evaluated at import into columns
 * of their own that the expression reads. Anything else is refused, naming the construct, the data set
 * and what would be needed. The translation must give back the x, y and error GenX stored.
 */
final class GenxCommands {

    /** numpy's names for the functions evofit's expressions have under their own names. */
    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("sqrt", "sqrt"), Map.entry("exp", "exp"), Map.entry("log", "log"), Map.entry("log10", "log10"),
            Map.entry("abs", "abs"), Map.entry("absolute", "abs"), Map.entry("fabs", "abs"), Map.entry("sin", "sin"),
            Map.entry("cos", "cos"), Map.entry("tan", "tan"), Map.entry("arcsin", "asin"), Map.entry("asin", "asin"),
            Map.entry("arccos", "acos"), Map.entry("acos", "acos"), Map.entry("arctan", "atan"),
            Map.entry("atan", "atan"), Map.entry("arctan2", "atan2"), Map.entry("sinh", "sinh"),
            Map.entry("cosh", "cosh"), Map.entry("tanh", "tanh"), Map.entry("power", "pow"),
            Map.entry("minimum", "min"), Map.entry("maximum", "max"), Map.entry("floor", "floor"),
            Map.entry("ceil", "ceil"));
    private static final Set<String> MODULES = Set.of("np", "numpy", "math");
    private static final double AGREEMENT = 1e-9;

    private final String dataSet;
    private final String shown;
    private final Map<String, String> columnOf = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();
    private final List<String> evaluated = new ArrayList<>();
    private double[] processedX;
    private double[] processedY;

    private GenxCommands(String dataSet, String shown) {
        this.dataSet = dataSet;
        this.shown = shown;
    }

    /**
     * The raw columns and expressions of a data set, or null when its commands are GenX's defaults
     * ({@code x}, {@code y}, {@code e}), whose values are the raw ones.
     *
     * @param d     the data set with GenX's computed x, y and error
     * @param raw   its raw arrays and commands
     * @param shown the project file, for messages
     * @throws GenxImportException naming the construct, the data set and what would be needed
     */
    static RawColumns translate(GenxDataSet d, GenxRawData raw, String shown) {
        if (raw.isDefault()) {
            return null;
        }
        return new GenxCommands(d.name(), shown).run(d, raw);
    }

    private RawColumns run(GenxDataSet d, GenxRawData raw) {
        add("x", raw.x());
        add("y", raw.y());
        add("e", raw.error());
        raw.extra().forEach(this::add);
        String x = expression("x", raw.xCommand(), false);
        String y = expression("y", raw.yCommand(), false);
        DataSet processed = read(ColumnSpec.terms(x, y, ColumnSpec.NO_ERROR, null), "x and y");
        processedX = processed.x();
        processedY = processed.y();
        String error = d.useError() ? expression("error", raw.errorCommand(), true) : ColumnSpec.NO_ERROR;
        ColumnSpec spec = check("error", () -> ColumnSpec.terms(x, y, error, null), raw.errorCommand());
        DataSet read = read(spec, "x, y and error");
        agrees("x", raw.xCommand(), read.x(), d.x());
        agrees("y", raw.yCommand(), read.y(), d.y());
        if (d.useError()) {
            agrees("error", raw.errorCommand(), read.error(), d.error());
        }
        String note = "GenX's commands x = " + raw.xCommand().strip() + ", y = " + raw.yCommand().strip()
                + (d.useError() ? ", error = " + raw.errorCommand().strip() : "")
                + (evaluated.isEmpty() ? "" : "; " + String.join(" and ", evaluated) + " evaluated at import");
        return new RawColumns(List.copyOf(names), List.copyOf(columns), spec, note);
    }

    private void add(String name, double[] values) {
        columnOf.put(name, "c" + names.size());
        names.add(name);
        columns.add(values);
    }

    /** The command as an expression of columns, or a refusal naming what evofit lacks. */
    private String expression(String role, String command, boolean error) {
        String translated = new Rewriter(command, role, error).expression();
        return check(role, () -> {
            ColumnSpec.checkTerm(translated);
            return translated;
        }, command);
    }

    private <T> T check(String role, java.util.function.Supplier<T> build, String command) {
        try {
            return build.get();
        } catch (ExpressionException e) {
            throw refusal(role, command, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw refusal(role, command, e.getMessage());
        }
    }

    private DataSet read(ColumnSpec spec, String what) {
        String text = DataFileText.text(dataSet, names, columns);
        try {
            return ColumnTextLoader.parse(text, dataSet, dataSet, spec);
        } catch (DataFileException e) {
            throw new GenxImportException(shown, 0, "data set '" + dataSet + "': GenX's commands for " + what
                    + " give a value evofit cannot fit at " + e.detail().replaceFirst("^column \\d+ ", "")
                    + " (data row " + (e.line() - 2) + ")");
        }
    }

    private void agrees(String role, String command, double[] ours, double[] genx) {
        for (int i = 0; i < genx.length; i++) {
            double tolerance = AGREEMENT * Math.max(Math.abs(ours[i]), Math.abs(genx[i]));
            if (!(Math.abs(ours[i] - genx[i]) <= tolerance)) {
                throw new GenxImportException(shown, 0, "data set '" + dataSet + "': GenX's " + role + " command '"
                        + command.strip() + "' read as " + role + " = " + ours[i] + " at point " + i
                        + ", but GenX stored " + genx[i] + "; the project's computed data do not follow from its "
                        + "raw data and commands (recompute the data in GenX and save again)");
            }
        }
    }

    private GenxImportException refusal(String role, String command, String why) {
        return new GenxImportException(shown, 0, "data set '" + dataSet + "': GenX's " + role + " command '"
                + command.strip() + "': " + why + "; evofit translates arithmetic of " + String.join(", ", names)
                + " with " + String.join(", ", new java.util.TreeSet<>(FUNCTIONS.values())) + " (numpy's names too)"
                + (role.equals("error") ? ", rms(), fpe() and dydx()" : " and rms()")
                + "; rewrite the command with those in GenX, or give evofit the computed data as a file");
    }

    /** Python text to an expression of columns, one token at a time. */
    private final class Rewriter {

        private final String command;
        private final String role;
        private final boolean error;
        private final List<String> tokens;
        private int at;

        Rewriter(String command, String role, boolean error) {
            this.command = command;
            this.role = role;
            this.error = error;
            this.tokens = PythonTokens.split(command);
        }

        String expression() {
            String out = until(Set.of());
            if (at < tokens.size()) {
                throw refusal(role, command, "'" + tokens.get(at) + "' is not arithmetic evofit has");
            }
            return out;
        }

        /** Tokens up to (not including) one of {@code stops} at this nesting level. */
        private String until(Set<String> stops) {
            StringBuilder out = new StringBuilder();
            while (at < tokens.size() && !stops.contains(tokens.get(at))) {
                String t = tokens.get(at++);
                if (t.equals("(")) {
                    out.append('(').append(until(Set.of(")"))).append(')');
                    expect(")");
                } else if (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') {
                    out.append(name(t));
                } else if (t.equals("**")) {
                    out.append('^');
                } else if (t.matches("[-+*/]") || Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') {
                    out.append(t);
                } else {
                    throw refusal(role, command, "'" + t + "' (" + PythonTokens.describe(t)
                            + ") has no evofit equivalent");
                }
            }
            return out.toString();
        }

        private void expect(String token) {
            if (at >= tokens.size() || !tokens.get(at).equals(token)) {
                throw refusal(role, command, "expected '" + token + "'");
            }
            at++;
        }

        private String name(String dotted) {
            String bare = dotted;
            int dot = dotted.indexOf('.');
            if (dot > 0 && MODULES.contains(dotted.substring(0, dot))) {
                bare = dotted.substring(dot + 1);
            }
            boolean call = at < tokens.size() && tokens.get(at).equals("(");
            if (!call) {
                if (columnOf.containsKey(dotted)) {
                    return columnOf.get(dotted);
                }
                if (bare.equals("pi") && !bare.equals(dotted) || dotted.equals("pi")) {
                    return "pi";
                }
                throw refusal(role, command, "'" + dotted + "' is no column of the data set");
            }
            boolean own = bare.equals(dotted);
            if (!FUNCTIONS.containsKey(bare) && !(own && (bare.equals("rms") || error && (bare.equals("fpe")
                    || bare.equals("dydx"))))) {
                throw refusal(role, command, "'" + dotted + "()' has no evofit equivalent");
            }
            at++;
            List<String> arguments = arguments();
            if (bare.equals("rms") && bare.equals(dotted) && !arguments.isEmpty()) {
                return "sqrt(" + String.join(" + ", arguments.stream().map(a -> "(" + a + ")^2").toList()) + ")";
            }
            if (error && bare.equals(dotted) && (bare.equals("fpe") || bare.equals("dydx"))) {
                return evaluatedColumn(bare, arguments);
            }
            if (FUNCTIONS.containsKey(bare)) {
                return FUNCTIONS.get(bare) + "(" + String.join(", ", arguments) + ")";
            }
            throw refusal(role, command, "'" + dotted + "()' has no evofit equivalent");
        }

        /** The arguments of a call whose '(' was read, each translated; the ')' is consumed. */
        private List<String> arguments() {
            List<String> out = new ArrayList<>();
            while (at < tokens.size() && !tokens.get(at).equals(")")) {
                String keyword = "";
                if (at + 1 < tokens.size() && tokens.get(at + 1).equals("=")
                        && Character.isLetter(tokens.get(at).charAt(0))) {
                    keyword = tokens.get(at) + "=";
                    at += 2;
                }
                out.add(keyword + until(Set.of(",", ")")));
                if (at < tokens.size() && tokens.get(at).equals(",")) {
                    at++;
                }
            }
            expect(")");
            return out;
        }

        /** fpe(xmax, relerr) or dydx() over the computed x and y, as a column of its own. */
        private String evaluatedColumn(String function, List<String> arguments) {
            double[] values;
            String label;
            if (function.equals("dydx")) {
                if (!arguments.isEmpty()) {
                    throw refusal(role, command, "dydx() of other arrays than the data set's x and y has no "
                            + "evofit equivalent");
                }
                values = slope(processedX, processedY);
                label = "dydx()";
            } else {
                double[] constants = constants(arguments);
                values = new double[processedX.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = processedX[i] < constants[0] ? processedY[i] * constants[1] : 0.0;
                }
                label = "fpe(" + constants[0] + "," + constants[1] + ")";
            }
            evaluated.add(label + " (" + "c" + names.size() + ")");
            add(label, values);
            return columnOf.get(label);
        }

        /** fpe's xmax and relerr, positional or by keyword, GenX's defaults 0.05 and 0.01 for those not given. */
        private double[] constants(List<String> arguments) {
            double[] out = {0.05, 0.01};
            String[] keys = {"xmax", "relerr"};
            if (arguments.size() > 2) {
                throw refusal(role, command, "fpe() takes xmax and relerr but was given " + arguments.size()
                        + " arguments");
            }
            for (int i = 0; i < arguments.size(); i++) {
                String a = arguments.get(i);
                int slot = i;
                for (int k = 0; k < keys.length; k++) {
                    if (a.startsWith(keys[k] + "=")) {
                        slot = k;
                        a = a.substring(keys[k].length() + 1);
                    }
                }
                try {
                    out[slot] = org.evofit.core.expr.ExpressionCompiler.compile(a, n -> -1).evaluate(new double[0]);
                } catch (ExpressionException e) {
                    throw refusal(role, command, "fpe()'s arguments must be numbers, not '" + a + "'");
                }
            }
            return out;
        }
    }

    /** dy/dx by central differences inside, one-sided at the two ends, as GenX's dydx() computes it. */
    static double[] slope(double[] x, double[] y) {
        int n = x.length;
        double[] out = new double[n];
        if (n < 2) {
            return out;
        }
        out[0] = (y[1] - y[0]) / (x[1] - x[0]);
        for (int i = 1; i < n - 1; i++) {
            out[i] = (y[i + 1] - y[i - 1]) / (x[i + 1] - x[i - 1]);
        }
        out[n - 1] = (y[n - 1] - y[n - 2]) / (x[n - 1] - x[n - 2]);
        return out;
    }
}
