package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.InstrumentParameters;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.SampleParameters;
import org.evofit.core.refl.sample.StackSpec;
import org.evofit.wrapper.model.ModelStructure;

/**
 * How {@link ModelFileWriter} writes a reflectivity model's instrument, layers and sample, one key a
 * line; quantities at their defaults are left out where the reader gives them the same default.
 */
final class ReflectivitySection {

    private ReflectivitySection() {
    }

    /** Writes the three sections; every parameter they declare joins {@code declared}. */
    static void write(YamlLines out, ModelStructure.Reflectivity refl, ParameterText parameters,
                      Set<String> declared, ModelNotes notes) {
        GenxInstrument inst = refl.instrument();
        InstrumentParameters.defaults(inst).forEach(d -> declared.add(d.name()));
        out.line("kind: reflectivity").blank().line("instrument:");
        instrument(out, refl, parameters);
        out.blank();
        layers(out, refl, parameters, declared, notes.section("layers"));
        out.blank();
        sample(out, refl, parameters, notes.section("stacks"));
        out.blank();
    }

    private static void instrument(YamlLines out, ModelStructure.Reflectivity refl, ParameterText byName) {
        GenxInstrument inst = refl.instrument();
        GenxInstrument defaults = GenxInstrument.defaults();
        out.line("  probe: " + YamlScalars.string(inst.probe().genxName()));
        for (InstrumentQuantity q : section(InstrumentQuantity.Section.INSTRUMENT)) {
            quantity(out, "  ", q, byName);
            if (q == InstrumentQuantity.WAVELENGTH) {
                out.line("  coords: " + YamlScalars.string(inst.coords().genxName()));
            }
        }
        if (inst.restype() != GenxResolution.NONE || refl.accurate() != null
                || !atDefaults(InstrumentQuantity.Section.RESOLUTION, byName, defaults)
                || inst.respoints() != defaults.respoints() || inst.resintrange() != defaults.resintrange()) {
            String type = refl.accurate() != null ? refl.accurate().fileName() : inst.restype().genxName();
            out.line("  resolution:").line("    type: " + YamlScalars.string(type));
            section(InstrumentQuantity.Section.RESOLUTION).forEach(q -> quantity(out, "    ", q, byName));
            out.line("    points: " + inst.respoints());
            out.line("    range: " + YamlScalars.number(inst.resintrange()));
        }
        if (inst.footype() != FootprintType.NONE || !atDefaults(InstrumentQuantity.Section.FOOTPRINT, byName, defaults)) {
            out.line("  footprint:").line("    type: " + YamlScalars.string(inst.footype().genxName()));
            section(InstrumentQuantity.Section.FOOTPRINT).forEach(q -> quantity(out, "    ", q, byName));
        }
    }

    private static List<InstrumentQuantity> section(InstrumentQuantity.Section section) {
        return Arrays.stream(InstrumentQuantity.values()).filter(q -> q.section() == section).toList();
    }

    /** Whether every quantity of the section is fixed at GenX's default, so the section need not be written. */
    private static boolean atDefaults(InstrumentQuantity.Section section, ParameterText byName,
                                      GenxInstrument defaults) {
        return section(section).stream().allMatch(q -> byName.get(q.parameterName())
                .equals(Parameter.fixed(q.parameterName(), q.valueOf(defaults))));
    }

    private static void quantity(YamlLines out, String indent, InstrumentQuantity q, ParameterText byName) {
        out.line(indent + q.fileKey() + ": " + byName.spell(q.parameterName()));
    }

    private static void layers(YamlLines out, ModelStructure.Reflectivity refl, ParameterText byName,
                               Set<String> declared, String comment) {
        // The reader gives every quantity not written its default, computed at the written wavelength.
        double wavelength = byName.get(InstrumentQuantity.WAVELENGTH.parameterName()).value();
        Map<String, Parameter> sampleDefaults = new LinkedHashMap<>();
        SampleParameters.defaults(refl.sample(), wavelength, refl.instrument().probe() == Probe.XRAY)
                .forEach(d -> sampleDefaults.put(d.name(), d));
        declared.addAll(sampleDefaults.keySet());
        out.section("layers", comment);
        for (LayerSpec layer : refl.sample().layers().values()) {
            List<String> lines = new ArrayList<>();
            if (layer.composition() != null) {
                lines.add("    material: " + YamlScalars.string(layer.composition()));
            }
            for (LayerQuantity quantity : LayerQuantity.of(layer.kind())) {
                String full = quantity.parameterName(layer.name());
                Parameter q = byName.get(full);
                if (q != null && (quantity.alwaysWritten() || !q.equals(sampleDefaults.get(full)))) {
                    lines.add("    " + quantity.key() + ": " + byName.spell(q));
                }
            }
            out.line("  " + layer.name() + ":" + (lines.isEmpty() ? " {}" : ""));
            lines.forEach(out::line);
        }
    }

    private static void sample(YamlLines out, ModelStructure.Reflectivity refl, ParameterText byName,
                               String comment) {
        out.line("sample:").line("  ambient: " + YamlScalars.string(refl.sample().ambient()));
        if (!refl.sample().stacks().isEmpty()) {
            out.section("  stacks", comment);
            for (StackSpec s : refl.sample().stacks()) {
                out.line("    - name: " + YamlScalars.string(s.name()));
                out.line("      layers: [" + String.join(", ", s.layers()) + "]");
                out.line("      " + StackSpec.REPETITIONS + ": " + byName.spell(s.repetitionsName()));
            }
        }
        out.line("  substrate: " + YamlScalars.string(refl.sample().substrate()));
    }
}
