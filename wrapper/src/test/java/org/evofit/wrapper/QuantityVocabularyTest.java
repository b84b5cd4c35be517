package org.evofit.wrapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;

/**
 * The layer and instrument vocabulary has one home ({@link LayerQuantity}, {@link InstrumentQuantity}):
 * no reader, writer, importer, builder or unit table spells a quantity's key, so a new quantity needs
 * no edit there.
 */
class QuantityVocabularyTest {

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
}
