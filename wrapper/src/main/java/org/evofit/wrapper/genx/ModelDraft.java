package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.refl.sample.StackSpec;

/**
 * The model being assembled from a GenX script and parameter table; {@link ReflectivityImport} builds
 * the model from it. Mutable because the script and then the table fill it in, line by line.
 */
final class ModelDraft {

    /** Instrument text settings (probe, coords, restype, footype), by evofit key. */
    final Map<String, String> instrumentText = new LinkedHashMap<>();
    /** Instrument numbers (wavelength, I0, Ibkg, tthoff, res, respoints, resintrange, beamw, samplelen). */
    final Map<String, ScriptValue> instrument = new LinkedHashMap<>();
    final Map<String, LayerDraft> layers = new LinkedHashMap<>();
    /** Layer name → composition such as "Mg + O", for layers given by their elements. */
    final Map<String, String> materials = new LinkedHashMap<>();
    final Map<String, StackSpec> stacks = new LinkedHashMap<>();
    /** The stacks of the sample, bottom-up. */
    final List<String> sampleStacks = new ArrayList<>();
    final Map<String, ScriptValue> variables = new LinkedHashMap<>();
    /** Couplings as evofit writes them ("TopFe.d = Fe.d"), with their script lines. */
    final Map<String, Integer> couplings = new LinkedHashMap<>();
    /** Layers with a non-zero neutron-only argument (xs_ai, magn, magn_ang), which x-ray curves ignore. */
    final Map<String, String> neutronOnly = new LinkedHashMap<>();
    final List<ScriptLine> untranslated = new ArrayList<>();
    /**
     * The extra data column each data set's resolution comes from ({@code inst.setRes(data[0].res)}),
     * by data-set index, with the script line that reads it.
     */
    final Map<Integer, ResolutionColumn.Use> resolutionColumns = new LinkedHashMap<>();
    /** The resolution width per point as an evofit expression of x ({@code inst.setRes(f(d.x))}), or null. */
    String resolutionExpression;
    /** The data set whose column the instrument's resolution holds now, in Sim's order; null before any. */
    Integer resolutionFrom;
    String ambient;
    String substrate;
    /** The Python names the script gave the instrument, the sample and the user variables. */
    String instrumentName;
    String sampleName;
    String userVarsName;
    /** The model module the script imports as {@code model}, such as spec_nx. */
    String modelModule;
    /** How many data sets the Sim function simulates, data[0] first. */
    int simulated;
    /** The first instrument's arguments as written, to compare a second one with ({@link DoubletImport}). */
    final Map<String, String> instrumentArgs = new LinkedHashMap<>();
    /** A second instrument differing only in its wavelength, and that wavelength; null and 0 without. */
    String secondInstrumentName;
    double secondWavelength;
    /** The weight of the second instrument's curve in Sim's sums, or null when Sim adds none. */
    Double doubletRatio;
    /** How many data sets Sim simulates as such a sum. */
    int doubletSets;

    void untranslated(int line, String text, String reason) {
        untranslated.add(new ScriptLine(line, text, reason));
    }

    boolean isXray() {
        return !"neutron".equals(instrumentText.get("probe"));
    }
}
