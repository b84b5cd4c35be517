package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.InstrumentSpec;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.core.refl.sample.StackSpec;

/**
 * How {@link ModelFileWriter} writes a reflectivity model's instrument, layers and sample, one key a
 * line, from the parameters they hold; quantities at their defaults are left out where the reader
 * gives them the same default.
 */
final class ReflectivitySection {

    private ReflectivitySection() {
    }

    /**
     * Writes the three sections of the model's sample and instrument; every parameter they hold joins
     * {@code declared}.
     *
     * @param text how each parameter is spelled
     */
    static void write(YamlLines out, ReflectivityModel refl, ParameterText text, Set<String> declared,
                      ModelNotes notes) {
        refl.parameters().forEach(p -> declared.add(p.name()));
        out.line("kind: reflectivity").blank().line("instrument:");
        instrument(out, refl, text);
        out.blank();
        layers(out, refl, text, notes.section("layers"));
        out.blank();
        sample(out, refl.sampleSpec(), text, notes.section("stacks"));
        out.blank();
    }

    private static void instrument(YamlLines out, ReflectivityModel refl, ParameterText text) {
        InstrumentSpec spec = refl.instrumentSpec();
        GenxInstrument inst = spec.choices();
        GenxInstrument defaults = GenxInstrument.defaults();
        out.line("  probe: " + YamlScalars.string(inst.probe().genxName()));
        for (InstrumentQuantity q : section(InstrumentQuantity.Section.INSTRUMENT)) {
            quantity(out, "  ", q, spec, text);
            if (q == InstrumentQuantity.WAVELENGTH) {
                out.line("  coords: " + YamlScalars.string(inst.coords().genxName()));
                if (refl.doublet() != null) {
                    out.line("  " + ReflectivitySpecs.DOUBLET + ": {wavelength: "
                            + YamlScalars.number(refl.doublet().wavelength()) + ", ratio: "
                            + YamlScalars.number(refl.doublet().ratio())
                            + (refl.doublet().fPerWavelength() ? "" : ", " + ReflectivitySpecs.DOUBLET_F + ": "
                            + YamlScalars.string(ReflectivitySpecs.F_FIRST)) + "}");
                }
            }
        }
        if (inst.restype() != GenxResolution.NONE || refl.accurateResolution() != null
                || !atDefaults(InstrumentQuantity.Section.RESOLUTION, spec, defaults)
                || inst.respoints() != defaults.respoints() || inst.resintrange() != defaults.resintrange()) {
            String type = refl.accurateResolution() != null ? refl.accurateResolution().fileName()
                    : inst.restype().genxName();
            out.line("  resolution:").line("    type: " + YamlScalars.string(type));
            if (refl.resolutionExpression() != null) {
                out.line("    expression: " + YamlScalars.string(refl.resolutionExpression()));
            }
            section(InstrumentQuantity.Section.RESOLUTION).forEach(q -> quantity(out, "    ", q, spec, text));
            out.line("    points: " + inst.respoints());
            out.line("    range: " + YamlScalars.number(inst.resintrange()));
        }
        if (inst.footype() != FootprintType.NONE || !atDefaults(InstrumentQuantity.Section.FOOTPRINT, spec, defaults)) {
            out.line("  footprint:").line("    type: " + YamlScalars.string(inst.footype().genxName()));
            section(InstrumentQuantity.Section.FOOTPRINT).forEach(q -> quantity(out, "    ", q, spec, text));
        }
    }

    private static List<InstrumentQuantity> section(InstrumentQuantity.Section section) {
        return Arrays.stream(InstrumentQuantity.values()).filter(q -> q.section() == section).toList();
    }

    /** Whether every quantity of the section is fixed at GenX's default, so the section need not be written. */
    private static boolean atDefaults(InstrumentQuantity.Section section, InstrumentSpec spec,
                                      GenxInstrument defaults) {
        return section(section).stream().allMatch(q -> spec.parameter(q).equals(q.fixed(q.valueOf(defaults))));
    }

    private static void quantity(YamlLines out, String indent, InstrumentQuantity q, InstrumentSpec spec,
                                 ParameterText text) {
        out.line(indent + q.fileKey() + ": " + text.spell(spec.parameter(q)));
    }

    private static void layers(YamlLines out, ReflectivityModel refl, ParameterText text, String comment) {
        // The reader gives every quantity not written its default, computed at the written wavelength.
        double wavelength = refl.instrumentSpec().parameter(InstrumentQuantity.WAVELENGTH).value();
        boolean xray = refl.instrumentSpec().choices().probe() == Probe.XRAY;
        out.section("layers", comment);
        for (LayerSpec layer : refl.sampleSpec().layers().values()) {
            LayerSpec defaults = LayerSpec.of(layer.name(), layer.kind(), layer.material(), wavelength, xray, q -> null);
            List<String> lines = new ArrayList<>();
            if (layer.composition() != null) {
                lines.add("    material: " + YamlScalars.string(layer.composition()));
            }
            for (LayerQuantity quantity : layer.quantities()) {
                Parameter p = layer.parameter(quantity);
                if (quantity.alwaysWritten() || !p.equals(defaults.parameter(quantity))) {
                    lines.add("    " + quantity.key() + ": " + text.spell(p));
                }
            }
            out.line("  " + layer.name() + ":" + (lines.isEmpty() ? " {}" : ""));
            lines.forEach(out::line);
        }
    }

    private static void sample(YamlLines out, SampleSpec sample, ParameterText text, String comment) {
        out.line("sample:").line("  ambient: " + YamlScalars.string(sample.ambient()));
        if (!sample.stacks().isEmpty()) {
            out.section("  stacks", comment);
            for (StackSpec s : sample.stacks()) {
                out.line("    - name: " + YamlScalars.string(s.name()));
                out.line("      layers: [" + String.join(", ", s.layers()) + "]");
                out.line("      " + StackSpec.REPETITIONS + ": " + text.spell(s.repetitions()));
            }
        }
        out.line("  substrate: " + YamlScalars.string(sample.substrate()));
    }
}
