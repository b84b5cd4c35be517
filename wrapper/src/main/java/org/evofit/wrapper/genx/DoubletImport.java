package org.evofit.wrapper.genx;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.refl.sample.Doublet;
import org.evofit.core.refl.sample.InstrumentQuantity;

/**
 * GenX's Cu Kα doublet as people write it: a second {@code model.Instrument} that differs from the first
 * only in its wavelength, and a Sim line adding the two curves of a data set with their weights,
 * {@code I.append((sample.SimSpecular(d.x, inst) + 0.5*sample.SimSpecular(d.x, inst2))/1.5)}. It becomes
 * evofit's {@link Doublet} with the ratio 0.5 and f kept at the first wavelength at both: GenX looks
 * {@code fp.Pt} up once, at the wavelength {@code fp.set_wavelength(inst.wavelength)} gave the tables, and
 * uses that number in both simulations. Anything else that adds simulations is refused, saying why.
 */
final class DoubletImport {

    private static final String NAME = "[A-Za-z_]\\w*";
    private static final String NUMBER = "[0-9.eE+-]+";
    /** (S.SimSpecular(d.x, a) + W*S.SimSpecular(d.x, b))/N, blanks anywhere between the parts. */
    private static final Pattern SUM = Pattern.compile("I\\.append\\(\\s*\\(\\s*(" + NAME + ")\\.SimSpecular\\(\\s*("
            + NAME + ")\\.x\\s*,\\s*(" + NAME + ")\\s*\\)\\s*\\+\\s*(" + NUMBER + ")\\s*\\*\\s*(" + NAME
            + ")\\.SimSpecular\\(\\s*(" + NAME + ")\\.x\\s*,\\s*(" + NAME + ")\\s*\\)\\s*\\)\\s*/\\s*\\(?\\s*("
            + "[0-9.eE+\\- ]+?)\\s*\\)?\\s*\\)");
    /** What the refusals say evofit's doublet is. */
    static final String FORM = "evofit's doublet is (R1 + ratio*R2)/(1 + ratio) of two instruments that differ only"
            + " in their wavelength, written (sample.SimSpecular(d.x, inst) + ratio*sample.SimSpecular(d.x, inst2))"
            + "/(1 + ratio)";

    private DoubletImport() {
    }

    /**
     * A second instrument: kept as the doublet's second wavelength when it equals the first in every
     * other argument; returns why not otherwise, or {@code null}.
     */
    static String secondInstrument(ModelDraft m, String name, Map<String, String> args) {
        if (m.secondInstrumentName != null) {
            return "a third instrument ('" + name + "'); " + FORM;
        }
        String wavelength = InstrumentQuantity.WAVELENGTH.key();
        TreeSet<String> keys = new TreeSet<>(args.keySet());
        keys.addAll(m.instrumentArgs.keySet());
        for (String k : keys) {
            String first = m.instrumentArgs.get(k);
            String second = args.get(k);
            if (!k.equals(wavelength) && (first == null || second == null || !first.strip().equals(second.strip()))) {
                return "a second instrument ('" + name + "' beside '" + m.instrumentName + "') whose " + k
                        + " differs from the first's (" + first + " and " + second + "); " + FORM;
            }
        }
        ScriptValue lambda = args.containsKey(wavelength) ? PyExpr.constant(args.get(wavelength)) : null;
        if (lambda == null) {
            return "the second instrument's wavelength is not a number; " + FORM;
        }
        m.secondInstrumentName = name;
        m.secondWavelength = lambda.value();
        return null;
    }

    /** Whether a Sim line adds several simulations, which only {@link #sum} may translate. */
    static boolean addsSimulations(String line) {
        return line.split("\\.SimSpecular\\(", -1).length > 2;
    }

    /**
     * A Sim line adding the two instruments' curves of the data set {@code m.simulated}; returns why it is
     * not translated, or {@code null} when it was.
     *
     * @param dataVariables the Python names of data sets ({@code d = data[0]}) and their indices
     */
    static String sum(ModelDraft m, String line, Map<String, Integer> dataVariables) {
        Matcher x = SUM.matcher(line);
        if (!x.matches() || m.secondInstrumentName == null) {
            return "adds several simulations of a data set in a form evofit does not translate; " + FORM;
        }
        if (!x.group(1).equals(m.sampleName) || !x.group(5).equals(m.sampleName)
                || !x.group(2).equals(x.group(6))) {
            return "adds simulations of other samples or data; " + FORM;
        }
        if (!x.group(3).equals(m.instrumentName) || !x.group(7).equals(m.secondInstrumentName)) {
            return "adds the curves of " + x.group(3) + " and " + x.group(7) + ", not " + m.instrumentName + " and "
                    + m.secondInstrumentName + " weighted; " + FORM;
        }
        Integer index = dataVariables.get(x.group(2));
        if (index == null || index != m.simulated) {
            return "expected the simulation of data[" + m.simulated + "] here";
        }
        double ratio = Double.parseDouble(x.group(4));
        ScriptValue norm = PyExpr.constant(x.group(8));
        if (norm == null || Math.abs(norm.value() - (1 + ratio)) > 1e-12 * (1 + ratio)) {
            return "divides the sum by " + x.group(8).strip() + ", not by 1 + " + x.group(4) + "; " + FORM;
        }
        if (m.doubletRatio != null && m.doubletRatio != ratio) {
            return "weighs the second instrument " + ratio + " here but " + m.doubletRatio + " before; " + FORM;
        }
        m.doubletRatio = ratio;
        m.doubletSets++;
        m.simulated++;
        return null;
    }

    /**
     * Why the doublet cannot be imported once the whole script is read, or {@code null}: evofit's
     * doublet applies to every data set, so either all are simulated with both instruments or none.
     */
    static String complete(ModelDraft m) {
        if (m.doubletRatio == null || m.doubletSets == m.simulated) {
            return null;
        }
        return "the script adds the two instruments' curves for " + m.doubletSets + " of its " + m.simulated
                + " data sets; evofit's doublet applies to every data set of a model";
    }

    /** The doublet of the model, or {@code null}. */
    static Doublet of(ModelDraft m) {
        return m.doubletRatio == null ? null : new Doublet(m.secondWavelength, m.doubletRatio, false);
    }
}
