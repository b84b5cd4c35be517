package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.StackSpec;

/**
 * Translates the script GenX's Reflectivity plugin writes for the {@code spec_nx} model, line by line.
 * Every line is either translated, recognised as having no effect on the simulation (imports,
 * comments, the GUI's markers, list bookkeeping, the SLD plot), or recorded as untranslated: none is
 * dropped silently.
 */
final class ScriptTranslator {

    private static final String NAME = "[A-Za-z_]\\w*";
    private static final Pattern IMPORT_MODEL = Pattern.compile("import\\s+models\\.([\\w.]+)\\s+as\\s+model");
    private static final Pattern FROM_MODELS = Pattern.compile("from\\s+models\\.([\\w.]+)\\s+import\\s+(.+)");
    private static final Pattern MODEL_CALL = Pattern.compile("(" + NAME + ")\\s*=\\s*model\\.(\\w+)\\((.*)\\)");
    private static final Pattern USER_VARS = Pattern.compile("(" + NAME + ")\\s*=\\s*UserVars\\(\\s*\\)");
    private static final Pattern NEW_VAR = Pattern.compile("(" + NAME + ")\\.new_var\\(\\s*(['\"])(" + NAME
            + ")\\2\\s*,\\s*(.+)\\)");
    private static final Pattern SETTER = Pattern.compile("(" + NAME + ")\\.set(\\w+)\\((.*)\\)");
    /** {@code inst.setRes(data[0].res)} or {@code inst.setRes(d.res)}: a resolution per point from a data column. */
    private static final Pattern RES_COLUMN = Pattern.compile("(" + NAME + ")\\.setRes\\(\\s*(?:data\\[(\\d+)]|(" + NAME
            + "))\\.(" + NAME + ")\\s*\\)");
    private static final Pattern DATA = Pattern.compile("(" + NAME + ")\\s*=\\s*data\\[(\\d+)]");
    private static final Pattern APPEND = Pattern.compile("I\\.append\\((" + NAME + ")\\.SimSpecular\\((" + NAME
            + ")\\.x\\s*,\\s*(" + NAME + ")\\)\\)");
    private static final Pattern CREATE_TABLES = Pattern.compile(
            NAME + "\\s*=\\s*create_f[pw]\\((" + NAME + ")\\.wavelength\\)(\\s*;\\s*" + NAME
                    + "\\s*=\\s*create_f[pw]\\((" + NAME + ")\\.wavelength\\))*\\s*;?");
    private static final Pattern SET_WAVELENGTH = Pattern.compile(
            "f[pw]\\.set_wavelength\\((" + NAME + ")\\.wavelength\\)(\\s*;\\s*f[pw]\\.set_wavelength\\(("
                    + NAME + ")\\.wavelength\\))*\\s*;?");
    private static final Pattern SLD_PLOT = Pattern.compile("if\\s+_sim\\s*:\\s*SLD\\.append\\(.*\\.SimSLD\\(.*\\)\\)");
    /** Lines that only keep Python's bookkeeping (lists the GUI fills) and do not change the simulation. */
    private static final Set<String> BOOKKEEPING = Set.of("SLD = []", "SLD[:] = []", "I = []", "return I",
            "def Sim(data):", "from numpy import *");
    /** GenX's numeric Instrument arguments that are not parameters in evofit. */
    private static final List<String> INSTRUMENT_NUMBERS = List.of("respoints", "resintrange");
    private static final Set<String> INSTRUMENT_KEYS = instrumentKeys();
    /**
     * GenX's Sample arguments. crop_sld only shortens the SLD plot of many repetitions (GenX leaves
     * the layers out of the plot, not of the simulation), so it does not change the curve.
     */
    private static final Set<String> SAMPLE_KEYS = Set.of("Stacks", "Ambient", "Substrate", "crop_sld");
    /** GenX's Layer arguments that are not evofit quantities but are understood (f, b) or checked to be 0. */
    private static final List<String> LAYER_OTHERS = List.of("f", "b", "xs_ai", "magn", "magn_ang");

    private final ModelDraft m = new ModelDraft();

    private static Set<String> instrumentKeys() {
        Set<String> keys = new HashSet<>(List.of("probe", "coords", "restype", "footype", "incangle", "pol"));
        keys.addAll(INSTRUMENT_NUMBERS);
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            keys.add(q.key());
        }
        return Set.copyOf(keys);
    }
    private final Map<String, Integer> dataVariables = new HashMap<>();
    private final String file;
    private boolean inSim;
    /** The first Sim line adding two instruments' curves. */
    private int doubletLine;

    private ScriptTranslator(String file) {
        this.file = file;
    }

    /**
     * Translates a script.
     *
     * @param script the script text
     * @param file   the .hgx file as the user named it, for messages
     * @return the model, with every line it could not translate listed
     * @throws GenxImportException when the script uses a model module other than spec_nx
     */
    static ModelDraft translate(String script, String file) {
        PythonSyntax.checkBrackets(script, file);
        ScriptTranslator t = new ScriptTranslator(file);
        String[] lines = script.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            t.line(i + 1, lines[i]);
        }
        String doublet = DoubletImport.complete(t.m);
        if (doublet != null) {
            t.m.untranslated(t.doubletLine, lines[t.doubletLine - 1], doublet);
        }
        LayerResolver.resolve(t.m);
        return t.m;
    }

    private void line(int n, String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (!Character.isWhitespace(raw.charAt(0))) {
            inSim = line.equals("def Sim(data):");
        }
        if (BOOKKEEPING.contains(line)) {
            return;
        }
        String reason = inSim ? simLine(n, line) : topLine(n, line);
        if (reason != null) {
            m.untranslated(n, raw, reason);
        }
    }

    /** Handles a top-level line; returns why it was not translated, or null. */
    private String topLine(int n, String line) {
        Matcher x;
        if ((x = IMPORT_MODEL.matcher(line)).matches()) {
            if (!x.group(1).equals("spec_nx")) {
                throw new GenxImportException(file, n, "the script uses GenX's model module '" + x.group(1)
                        + "'; evofit imports only the Reflectivity plugin's spec_nx models");
            }
            m.modelModule = x.group(1);
            return null;
        }
        if ((x = FROM_MODELS.matcher(line)).matches()) {
            // utils only provides the tables (fp, bc, ...) and UserVars; anything else is a model of its own.
            return x.group(1).equals("utils") ? null : "imports from models." + x.group(1);
        }
        if ((x = CREATE_TABLES.matcher(line)).matches() || (x = SET_WAVELENGTH.matcher(line)).matches()) {
            // GenX points its scattering-factor tables at the instrument's wavelength, as evofit always does.
            return x.group(1).equals(m.instrumentName) ? null : "scattering tables at another wavelength";
        }
        if ((x = USER_VARS.matcher(line)).matches()) {
            m.userVarsName = x.group(1);
            return null;
        }
        if ((x = NEW_VAR.matcher(line)).matches() && x.group(1).equals(m.userVarsName)) {
            ScriptValue q = PyExpr.constant(x.group(4));
            if (q == null) {
                return "the start value is not a number";
            }
            m.variables.put(x.group(3), q);
            return null;
        }
        if ((x = SETTER.matcher(line)).matches() && m.layers.containsKey(x.group(1))
                && (x.group(2).equals("B") || x.group(2).equals("F"))) {
            return ScatteringSetter.apply(m, n, x.group(1), x.group(2).equals("B"), x.group(3));
        }
        if ((x = MODEL_CALL.matcher(line)).matches()) {
            if (m.modelModule == null) {
                return "'model' is not GenX's spec_nx module here";
            }
            Map<String, String> args = PythonCall.keywords(x.group(3));
            if (args == null) {
                return "expected keyword arguments only";
            }
            return switch (x.group(2)) {
                case "Instrument" -> instrument(x.group(1), args);
                case "Layer" -> layer(n, x.group(1), args);
                case "Stack" -> stack(x.group(1), args);
                case "Sample" -> sample(x.group(1), args);
                default -> "spec_nx's " + x.group(2) + " has no evofit equivalent";
            };
        }
        return "not a statement the Reflectivity plugin writes";
    }

    /** Handles a line of the Sim function; returns why it was not translated, or null. */
    private String simLine(int n, String line) {
        Matcher x;
        if (SLD_PLOT.matcher(line).matches()) {
            return null;        // only feeds GenX's SLD plot
        }
        if ((x = DATA.matcher(line)).matches()) {
            dataVariables.put(x.group(1), Integer.parseInt(x.group(2)));
            return null;
        }
        if ((x = RES_COLUMN.matcher(line)).matches() && x.group(1).equals(m.instrumentName)) {
            return ResolutionColumn.read(m, n, line, x.group(2) != null ? Integer.valueOf(x.group(2))
                    : dataVariables.get(x.group(3)), x.group(4));
        }
        if ((x = SETTER.matcher(line)).matches() && x.group(1).equals(m.instrumentName) && x.group(2).equals("Res")
                && ResolutionFormula.readsX(x.group(3), dataVariables)) {
            return ResolutionFormula.read(m, x.group(3), dataVariables);
        }
        if ((x = APPEND.matcher(line)).matches()) {
            Integer index = dataVariables.get(x.group(2));
            if (!x.group(1).equals(m.sampleName) || !x.group(3).equals(m.instrumentName)) {
                return "simulates another sample or instrument than the model's";
            }
            if (index == null || index != m.simulated) {
                return "expected the simulation of data[" + m.simulated + "] here";
            }
            if (m.resolutionFrom != null && !m.resolutionFrom.equals(index)) {
                return "simulates data[" + index + "] with the resolution column of data[" + m.resolutionFrom
                        + "]; evofit reads each data set's resolution from its own file, so the script would need "
                        + "inst.setRes(data[" + index + "].<column>) before this line";
            }
            m.simulated++;
            return null;
        }
        if ((x = SETTER.matcher(line)).matches() && m.layers.containsKey(x.group(1))
                && (x.group(2).equals("B") || x.group(2).equals("F"))) {
            return ScatteringSetter.apply(m, n, x.group(1), x.group(2).equals("B"), x.group(3));
        }
        if (DoubletImport.addsSimulations(line)) {
            doubletLine = doubletLine == 0 ? n : doubletLine;
            return DoubletImport.sum(m, line, dataVariables);
        }
        if ((x = SETTER.matcher(line)).matches()) {
            String target = GenxNames.parameter(m, x.group(1), x.group(2));
            String expression = PyExpr.expression(x.group(3), m.userVarsName);
            if (target == null) {
                return "sets " + x.group(1) + "." + x.group(2) + ", which has no evofit parameter";
            }
            if (expression == null) {
                return "the expression uses more than parameters, numbers and arithmetic";
            }
            m.couplings.putIfAbsent(target + " = " + expression, n);
            return null;
        }
        return "not a statement the Reflectivity plugin writes";
    }

    private String instrument(String name, Map<String, String> args) {
        if (m.instrumentName != null && !m.instrumentName.equals(name)) {
            return DoubletImport.secondInstrument(m, name, args);
        }
        for (String k : args.keySet()) {
            if (!INSTRUMENT_KEYS.contains(k)) {
                return "Instrument argument '" + k + "' has no evofit equivalent";
            }
        }
        m.instrumentName = name;
        m.instrumentArgs.putAll(args);
        String[][] texts = {{"probe", "probe"}, {"coords", "coords"}, {"restype", "restype"}, {"footype", "footype"}};
        for (String[] t : texts) {
            if (args.containsKey(t[0])) {
                String s = PythonCall.string(args.get(t[0]));
                String problem = s == null ? t[0] + " is not a string" : checkName(t[0], s);
                if (problem != null) {
                    return problem;
                }
                m.instrumentText.put(t[1], s);
            }
        }
        // incangle only matters for GenX's off-specular simulations and pol only for polarised probes,
        // which the probe check above refuses; neither changes a specular x-ray or neutron curve.
        List<String> numbers = new ArrayList<>();
        for (InstrumentQuantity q : InstrumentQuantity.values()) {
            numbers.add(q.key());
        }
        numbers.addAll(INSTRUMENT_NUMBERS);
        for (String k : numbers) {
            if (args.containsKey(k)) {
                ScriptValue q = PyExpr.constant(args.get(k));
                if (q == null) {
                    return "Instrument " + k + " is not a number";
                }
                m.instrument.put(k, q);
            }
        }
        return null;
    }

    private static String checkName(String key, String value) {
        try {
            switch (key) {
                case "probe" -> Probe.of(value);
                case "coords" -> Coordinates.of(value);
                case "restype" -> GenxResolution.of(value);
                default -> FootprintType.of(value);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String layer(int n, String name, Map<String, String> args) {
        Map<String, ScriptValue> q = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> a : args.entrySet()) {
            LayerQuantity quantity = LayerQuantity.byGenxName(a.getKey());
            if (quantity == null && !LAYER_OTHERS.contains(a.getKey())) {
                return "Layer argument '" + a.getKey() + "' has no evofit equivalent";
            }
            if (a.getKey().equals("f") || a.getKey().equals("b")) {
                continue;
            }
            ScriptValue v = PyExpr.constant(a.getValue());
            if (v == null) {
                return "Layer " + a.getKey() + " is not a constant";
            }
            if (quantity != null) {
                q.put(quantity.key(), v);
            } else if (v.value() != 0) {
                m.neutronOnly.put(name, a.getKey());
            }
        }
        m.layers.put(name, new LayerDraft(name, n, q, args.get("f"), args.get("b")));
        return null;
    }

    private String stack(String name, Map<String, String> args) {
        List<String> layers = args.containsKey("Layers") ? PythonCall.names(args.get("Layers")) : null;
        if (layers == null || !args.keySet().stream().allMatch(k -> k.equals("Layers") || k.equals("Repetitions"))) {
            return "expected Stack(Layers=[...], Repetitions=N)";
        }
        for (String l : layers) {
            if (!m.layers.containsKey(l)) {
                return "unknown layer '" + l + "'";
            }
        }
        ScriptValue reps = PyExpr.constant(args.getOrDefault("Repetitions", "1"));
        if (reps == null || reps.value() != Math.rint(reps.value()) || reps.value() < 0) {
            return "Repetitions is not a whole number";
        }
        m.stacks.put(name, new StackSpec(name, layers, (int) reps.value()));
        return null;
    }

    private String sample(String name, Map<String, String> args) {
        List<String> stacks = args.containsKey("Stacks") ? PythonCall.names(args.get("Stacks")) : null;
        for (String k : args.keySet()) {
            if (!SAMPLE_KEYS.contains(k)) {
                return "Sample argument '" + k + "' has no evofit equivalent";
            }
        }
        if (args.containsKey("crop_sld") && PyExpr.constant(args.get("crop_sld")) == null) {
            return "Sample crop_sld is not a number";
        }
        if (stacks == null || !args.containsKey("Ambient")
                || !args.containsKey("Substrate")) {
            return "expected Sample(Stacks=[...], Ambient=layer, Substrate=layer)";
        }
        for (String s : stacks) {
            if (!m.stacks.containsKey(s)) {
                return "unknown stack '" + s + "'";
            }
        }
        String ambient = args.get("Ambient");
        String substrate = args.get("Substrate");
        if (!m.layers.containsKey(ambient) || !m.layers.containsKey(substrate)) {
            return "Ambient and Substrate must be layers declared above";
        }
        m.sampleName = name;
        m.sampleStacks.clear();
        m.sampleStacks.addAll(stacks);
        m.ambient = ambient;
        m.substrate = substrate;
        return null;
    }
}
