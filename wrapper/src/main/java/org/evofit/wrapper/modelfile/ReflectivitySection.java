package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.InstrumentSpec;
import org.evofit.core.refl.sample.JointPart;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.LayerMagnetism;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.MagneticQuantity;
import org.evofit.core.refl.sample.Polarisation;
import org.evofit.core.refl.sample.PolarisationQuantity;
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
        instrument(out, refl, text, "  ");
        out.blank();
        boolean xray = refl.instrumentSpec().choices().probe() == Probe.XRAY;
        // The reader gives every quantity not written its default, computed at the written wavelength.
        double wavelength = refl.instrumentSpec().parameter(InstrumentQuantity.WAVELENGTH).value();
        layers(out, refl.sampleSpec().layers(), magnetism(refl), xray ? wavelength : Double.NaN, !xray, text,
                notes.section("layers"));
        out.blank();
        out.line("sample:");
        sample(out, refl.sampleSpec(), text, notes.section("stacks"), "  ");
        out.blank();
    }

    /**
     * Writes a joint model's {@code instruments:}, {@code layers:} and {@code samples:}, each instrument and
     * sample by its name; every parameter they hold joins {@code declared}. The X-ray instrument at whose
     * wavelength the material layers' f are given comes first, as the reader takes that from the first.
     */
    static void writeJoint(YamlLines out, JointReflectivityModel joint, ParameterText text, Set<String> declared,
                           ModelNotes notes) {
        joint.parameters().forEach(p -> declared.add(p.name()));
        Map<String, ReflectivityModel> instruments = new LinkedHashMap<>();
        Map<String, SampleSpec> samples = new LinkedHashMap<>();
        double material = Double.NaN;
        boolean neutrons = false;
        for (JointPart part : joint.parts()) {
            boolean xray = part.model().instrumentSpec().choices().probe() == Probe.XRAY;
            if (xray && Double.isNaN(material)) {
                material = part.model().materialWavelength();
            }
            neutrons |= !xray;
            instruments.putIfAbsent(part.instrument(), part.model());
            samples.putIfAbsent(part.sample(), part.model().sampleSpec());
        }
        out.line("kind: reflectivity").blank().line(JointSpecs.INSTRUMENTS + ":");
        double reference = material;
        List<Map.Entry<String, ReflectivityModel>> ordered = instruments.entrySet().stream()
                .sorted(Comparator.comparing(e -> !isAt(e.getValue(), reference))).toList();
        double xrayWavelength = Double.NaN;
        for (Map.Entry<String, ReflectivityModel> e : ordered) {
            out.line("  " + e.getKey() + ":");
            instrument(out, e.getValue(), text, "    ");
            InstrumentSpec spec = e.getValue().instrumentSpec();
            if (Double.isNaN(xrayWavelength) && spec.choices().probe() == Probe.XRAY) {
                // The reader looks the layers' f up at the first X-ray instrument's wavelength as written.
                xrayWavelength = spec.parameter(InstrumentQuantity.WAVELENGTH).value();
            }
        }
        out.blank();
        layers(out, joint.parts().get(0).model().sampleSpec().layers(), magnetism(joint.parts().get(0).model()),
                xrayWavelength, neutrons, text, notes.section("layers"));
        out.blank();
        out.line(JointSpecs.SAMPLES + ":");
        samples.forEach((name, sample) -> {
            out.line("  " + name + ":");
            sample(out, sample, text, notes.section("stacks"), "    ");
        });
        out.blank();
    }

    /** Whether the model's instrument is X-rays at the wavelength its material layers' f are given at. */
    private static boolean isAt(ReflectivityModel model, double wavelength) {
        return model.instrumentSpec().choices().probe() == Probe.XRAY
                && model.instrumentSpec().parameter(InstrumentQuantity.WAVELENGTH).value() == wavelength;
    }

    private static void instrument(YamlLines out, ReflectivityModel refl, ParameterText text, String in) {
        InstrumentSpec spec = refl.instrumentSpec();
        GenxInstrument inst = spec.choices();
        GenxInstrument defaults = GenxInstrument.defaults();
        String nested = in + "  ";
        out.line(in + "probe: " + YamlScalars.string(inst.probe().genxName()));
        for (InstrumentQuantity q : section(InstrumentQuantity.Section.INSTRUMENT)) {
            quantity(out, in, q, spec, text);
            if (q == InstrumentQuantity.WAVELENGTH) {
                out.line(in + "coords: " + YamlScalars.string(inst.coords().genxName()));
                if (refl.doublet() != null) {
                    out.line(in + ReflectivitySpecs.DOUBLET + ": {wavelength: "
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
            out.line(in + "resolution:").line(nested + "type: " + YamlScalars.string(type));
            if (refl.resolutionExpression() != null) {
                out.line(nested + "expression: " + YamlScalars.string(refl.resolutionExpression()));
            }
            section(InstrumentQuantity.Section.RESOLUTION).forEach(q -> quantity(out, nested, q, spec, text));
            out.line(nested + "points: " + inst.respoints());
            out.line(nested + "range: " + YamlScalars.number(inst.resintrange()));
        }
        if (inst.footype() != FootprintType.NONE || !atDefaults(InstrumentQuantity.Section.FOOTPRINT, spec, defaults)) {
            out.line(in + "footprint:").line(nested + "type: " + YamlScalars.string(inst.footype().genxName()));
            section(InstrumentQuantity.Section.FOOTPRINT).forEach(q -> quantity(out, nested, q, spec, text));
        }
        Polarisation polarisation = refl.polarisation();
        if (polarisation != null) {
            out.line(in + MagneticSpecs.POLARISATION + ":");
            for (PolarisationQuantity q : PolarisationQuantity.values()) {
                out.line(nested + q.key() + ": " + text.spell(polarisation.parameter(q)));
            }
        }
    }

    /** The magnetisation of each magnetic layer of a polarised model, by layer; none for an unpolarised one. */
    private static Map<String, LayerMagnetism> magnetism(ReflectivityModel refl) {
        Map<String, LayerMagnetism> out = new LinkedHashMap<>();
        if (refl.polarisation() != null) {
            refl.polarisation().magnetism().forEach(m -> out.put(m.layer(), m));
        }
        return out;
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

    /**
     * The layers, each quantity that differs from what the reader gives one not written: f from the tables at
     * {@code xrayWavelength} (NaN: no X-rays see them) and b where {@code neutrons} see them; a magnetic layer's
     * strength ({@code sldm} or {@code moment}) and angle always, as polarised neutrons see them.
     */
    private static void layers(YamlLines out, Map<String, LayerSpec> all, Map<String, LayerMagnetism> magnetic,
                               double xrayWavelength, boolean neutrons, ParameterText text, String comment) {
        out.section("layers", comment);
        for (LayerSpec layer : all.values()) {
            LayerSpec defaults = LayerSpec.seenBy(layer.name(), layer.kind(), layer.material(), xrayWavelength,
                    neutrons, q -> null);
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
            LayerMagnetism m = magnetic.get(layer.name());
            if (m != null) {
                lines.add("    " + m.strengthQuantity().key() + ": " + text.spell(m.strength()));
                lines.add("    " + MagneticQuantity.THETA_M.key() + ": " + text.spell(m.thetaM()));
            }
            out.line("  " + layer.name() + ":" + (lines.isEmpty() ? " {}" : ""));
            lines.forEach(out::line);
        }
    }

    private static void sample(YamlLines out, SampleSpec sample, ParameterText text, String comment, String in) {
        out.line(in + "ambient: " + YamlScalars.string(sample.ambient()));
        if (!sample.stacks().isEmpty()) {
            out.section(in + "stacks", comment);
            for (StackSpec s : sample.stacks()) {
                out.line(in + "  - name: " + YamlScalars.string(s.name()));
                out.line(in + "    layers: [" + String.join(", ", s.layers()) + "]");
                out.line(in + "    " + StackSpec.REPETITIONS + ": " + text.spell(s.repetitions()));
            }
        }
        out.line(in + "substrate: " + YamlScalars.string(sample.substrate()));
    }
}
