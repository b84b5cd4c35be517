package org.evofit.wrapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evofit.core.materials.Composition;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.sample.AccurateResolution;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.InstrumentSpec;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.core.refl.sample.SampleSpec;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.api.Model;
import org.evofit.wrapper.api.ReflectivityBuilder;
import org.evofit.wrapper.io.ParameterUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The layer and instrument vocabulary has one home ({@link LayerQuantity}, {@link InstrumentQuantity}):
 * no reader, writer, importer, builder or unit table spells a quantity's key, so a new quantity needs
 * no edit there; and every layer quantity is set by the builder, written and read back by model
 * files, given its unit and reaches the kernel.
 */
class QuantityVocabularyTest {

    @TempDir
    Path dir;

    /**
     * Keys distinctive enough that a string literal of them can only mean the quantity ({@code sld}
     * and {@code isld} also name the columns of an SLD profile, so they are not among them).
     */
    private static final Pattern SPELLED = Pattern.compile(
            "\"(f_re|f_im|b_re|b_im|dens|samplelen|beamw|tthoff|Ibkg|I0|inst\\.)\"");

    @Test
    void noMainSourceOfCoreOrWrapperSpellsALayerOrInstrumentKey() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("../core/src/main/java"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String name = f.getFileName().toString();
                    if (name.equals("LayerQuantity.java") || name.equals("InstrumentQuantity.java")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (SPELLED.matcher(lines.get(i)).find()) {
                            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void unitsOfEveryLayerAndInstrumentParameterComeFromTheVocabulary() {
        LayerSpec amb = LayerSpec.of("amb", LayerSpec.Kind.SLD, null, 1.54, true, q -> null);
        LayerSpec fe = LayerSpec.of("Fe", LayerSpec.Kind.MATERIAL, Composition.parse("Fe"), 1.54, true, q -> null);
        SampleSpec sample = new SampleSpec(Map.of("amb", amb, "Fe", fe), "amb", List.of(), "Fe");
        InstrumentSpec inst = InstrumentSpec.of(GenxInstrument.defaults(), q -> null);
        Map<String, String> units = new ReflectivityModel(sample, inst, null).units();
        assertThat(units).containsEntry("Fe.d", "Å").containsEntry("Fe.dens", "1/Å³").containsEntry("Fe.f_im", "e")
                .containsEntry("amb.isld", "1e-6/Å²").containsEntry("inst.res", "deg")
                .containsEntry("inst.beamw", "mm").containsEntry("inst.I0", "");
        assertThat(new ReflectivityModel(sample, inst, AccurateResolution.RELATIVE).units())
                .containsEntry("inst.res", "");
        assertThat(InstrumentQuantity.RES.unit(Coordinates.Q, false)).isEqualTo("1/Å");
        for (LayerQuantity q : LayerQuantity.values()) {
            assertThat(LayerQuantity.byKey(q.key())).isSameAs(q);
        }
    }

    /**
     * Every layer quantity, set on a film by the Java API builder (fitted, away from its default),
     * is written by the model-file writer and read back as the same parameter, has its unit in the
     * result files' unit table, and changes the simulated curve for X-rays or neutrons.
     */
    @ParameterizedTest
    @EnumSource(LayerQuantity.class)
    void everyLayerQuantityIsBuiltWrittenReadGivenItsUnitAndReachesTheKernel(LayerQuantity q) {
        // A plausible density for Fe in formula units per Å³: model files refuse one only g/cm³ could be.
        double value = q == LayerQuantity.D ? 80 : q == LayerQuantity.DENS ? 0.05 : 0.5;
        Model model = film(true, q, value);
        Parameter set = model.parameters().stream().filter(p -> p.name().equals(q.parameterName("film")))
                .findFirst().orElseThrow();
        assertThat(set).isEqualTo(q.fitted("film", value, 0, 200));

        Path file = dir.resolve(q.key() + ".yaml");
        model.save(file);
        assertThat(ModelFiles.load(file).problem().parameters()).isEqualTo(model.parameters());
        assertThat(ParameterUnits.of(model.definition().problem().model()).unitOf(set.name())).isEqualTo(q.unit());

        boolean changes = false;
        for (boolean xray : new boolean[] {true, false}) {
            double[] at = film(xray, q, value).simulate().get(0).model();
            double[] other = film(xray, q, 2 * value).simulate().get(0).model();
            changes |= !Arrays.equals(at, other);
        }
        assertThat(changes).as("a change of %s changes the curve", q.key()).isTrue();
    }

    /** Ambient, a 50 Å film (of Fe, or by its SLD when the quantity is an SLD layer's) with {@code q} set, Si. */
    private static Model film(boolean xray, LayerQuantity q, double value) {
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.01 + 0.005 * i;
        }
        double[] y = new double[x.length];
        Arrays.fill(y, 1e-3);
        ReflectivityBuilder b = Evofit.reflectivity();
        (xray ? b.xray(1.54) : b.neutron(4.0)).q();
        boolean sld = q.appliesTo(LayerSpec.Kind.SLD) && !q.appliesTo(LayerSpec.Kind.MATERIAL);
        return b.layer("amb", l -> l.sld(0, 0))
                .layer("film", l -> {
                    if (sld) {
                        l.sld(4, 0.1);
                    } else {
                        l.material("Fe").dens(0.08);
                    }
                    l.d(50).sigma(3).set(q, value, 0, 200);
                })
                .layer("sub", l -> l.sld(2.07, 0).sigma(2))
                .ambient("amb").stack("s", 1, "film").substrate("sub")
                .data("d", x, y).build();
    }
}
