package org.evofit.wrapper.genx;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.api.LayerBuilder;
import org.evofit.wrapper.api.ReflectivityBuilder;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.modelfile.ModelNotes;

/**
 * Builds an imported reflectivity model through the Java API's {@link ReflectivityBuilder}, the same
 * model a {@code kind: reflectivity} file gives, with the comments its file carries.
 */
final class ReflectivityImport {

    private ReflectivityImport() {
    }

    /**
     * The model: instrument, layers, stacks, user variables, couplings, GenX's data and settings.
     *
     * @param files each data set's file, relative to {@code dir}, the model file's directory
     * @throws IllegalArgumentException when the builder refuses the model
     */
    static ModelDefinition model(ModelDraft m, List<GenxDataSet> data, List<String> files, Path dir,
                                 SolverSettings solver, String shown) {
        ReflectivityBuilder b = Evofit.reflectivity();
        instrument(b, m);
        for (LayerDraft layer : m.layers.values()) {
            b.layer(layer.name(), l -> layer(l, m.materials.get(layer.name()), layer.quantities()));
        }
        b.ambient(m.ambient).substrate(m.substrate);
        for (String name : m.sampleStacks) {
            StackSpec s = m.stacks.get(name);
            b.stack(name, s.count(), s.layers().toArray(String[]::new));
        }
        m.variables.forEach((name, q) -> {
            if (q.fit()) {
                b.variable(name, q.value(), q.min(), q.max());
            } else {
                b.variable(name, q.value());
            }
        });
        m.couplings.keySet().forEach(b::couple);
        ImportedFit.data(data, solver, b::data, b::data, b::range, shown);
        java.util.Set<Integer> withResolution = m.resolutionColumns.keySet();
        return ImportedFit.finish(b.build().definition(), data, files, dir, solver, withResolution::contains);
    }

    private static void instrument(ReflectivityBuilder b, ModelDraft m) {
        GenxInstrument defaults = GenxInstrument.defaults();
        ScriptValue wavelength = m.instrument.get(InstrumentQuantity.WAVELENGTH.key());
        double lambda = wavelength != null ? wavelength.value() : defaults.wavelength();
        if (m.isXray()) {
            b.xray(lambda);
        } else {
            b.neutron(lambda);
        }
        if (Coordinates.of(m.instrumentText.getOrDefault("coords", "tth")) == Coordinates.Q) {
            b.q();
        } else {
            b.twoTheta();
        }
        for (InstrumentQuantity k : InstrumentQuantity.values()) {
            ScriptValue q = m.instrument.get(k.key());
            if (q != null && q.fit()) {
                b.instrument(k, q.value(), q.min(), q.max());
            } else if (q != null) {
                b.instrument(k, q.value());
            }
        }
        String restype = m.instrumentText.get("restype");
        if (restype != null) {
            ScriptValue res = m.instrument.get(InstrumentQuantity.RES.key());
            double sigma = res != null ? res.value() : defaults.resSigma();
            if (res != null && res.fit()) {
                b.resolution(restype, sigma, res.min(), res.max());
            } else {
                b.resolution(restype, sigma);
            }
        }
        if (m.resolutionExpression != null) {
            b.resolutionExpression(m.resolutionExpression);
        }
        ScriptValue points = m.instrument.get("respoints");
        ScriptValue range = m.instrument.get("resintrange");
        b.resolutionSampling(points != null ? (int) points.value() : defaults.respoints(),
                range != null ? range.value() : defaults.resintrange());
        b.doublet(DoubletImport.of(m));
        String footprint = m.instrumentText.get("footype");
        if (footprint != null) {
            b.footprint(footprint);
        }
    }

    private static void layer(LayerBuilder l, String material, Map<String, ScriptValue> quantities) {
        if (material != null) {
            l.material(material);
        }
        for (LayerQuantity k : LayerQuantity.values()) {
            ScriptValue q = quantities.get(k.key());
            if (q != null && q.fit()) {
                l.set(k, q.value(), q.min(), q.max());
            } else if (q != null) {
                l.set(k, q.value());
            }
        }
    }

    /** The comments of the model file. */
    static ModelNotes notes(ModelDraft m, List<GenxDataSet> data, SolverSettings solver, String source) {
        Map<String, String> texts = new LinkedHashMap<>();
        m.instrument.forEach((k, q) -> texts.put(InstrumentQuantity.PREFIX + k, q.text()));
        m.layers.values().forEach(l -> l.quantities().forEach((k, q) -> texts.put(l.name() + "." + k, q.text())));
        m.variables.forEach((name, q) -> texts.put(name, q.text()));
        List<String> header = new java.util.ArrayList<>(List.of("Imported from the GenX project " + source
                        + " by evofit import-genx.",
                "Start values, bounds and fit flags come from GenX's parameter table; densities, materials,",
                "stacks and couplings from its model script (spec_nx)."));
        if (m.doubletRatio != null) {
            header.addAll(List.of("The script adds " + m.instrumentName + "'s and " + m.secondInstrumentName
                            + "'s curves (a Kα doublet): the doublet shares every instrument",
                    "parameter but the wavelength, where GenX fits only " + m.instrumentName + "'s; f stays at the "
                            + "first wavelength, as GenX's fp."));
        }
        return ImportNotes.of(header, texts,
                Map.of("layers", "d and sigma in angstrom; dens in formula units per cubic angstrom",
                        "stacks", "from the substrate up, as GenX lists them",
                        "variables", "GenX's user variables (" + m.userVarsName + ".new_var)",
                        "couplings", "GenX's Sim function sets these before every simulation"),
                m.couplings.values().stream().map(n -> "script line " + n).toList(), data, solver, m.untranslated);
    }
}
