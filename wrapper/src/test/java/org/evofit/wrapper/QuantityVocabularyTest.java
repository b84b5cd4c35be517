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
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.sample.InstrumentQuantity;
import org.evofit.core.refl.sample.LayerQuantity;
import org.evofit.core.refl.sample.LayerSpec;
import org.evofit.core.refl.sample.SampleParameters;
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
        SampleSpec sample = new SampleSpec(Map.of("amb", LayerSpec.sld("amb"), "Fe", LayerSpec.material("Fe", "Fe")),
                "amb", List.of(), "Fe");
        GenxInstrument inst = GenxInstrument.defaults();
        Map<String, String> units = SampleParameters.units(sample, inst, false);
        assertThat(units).containsEntry("Fe.d", "Å").containsEntry("Fe.dens", "1/Å³").containsEntry("Fe.f_im", "e")
                .containsEntry("amb.isld", "1e-6/Å²").containsEntry("inst.res", "deg")
                .containsEntry("inst.beamw", "mm").containsEntry("inst.I0", "");
        assertThat(SampleParameters.units(sample, inst, true)).containsEntry("inst.res", "");
        assertThat(InstrumentQuantity.RES.unit(Coordinates.Q, false)).isEqualTo("1/Å");
        for (LayerQuantity q : LayerQuantity.values()) {
            assertThat(LayerQuantity.byKey(q.key())).isSameAs(q);
        }
    }
}
