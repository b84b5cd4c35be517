package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.api.Model;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A joint model (several samples and instruments) saved as a model file and loaded again is the same
 * model: the same parameters (names, values, bounds, fit flags, in order), each data set produced by the
 * same sample and instrument, and the same simulation bit for bit, for the joint-fit examples.
 */
class JointModelSaveTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"contrast-variation", "xray-neutron"})
    void aSavedJointModelLoadsIntoTheSameSimulation(String example) throws Exception {
        Model loaded = Evofit.load(Path.of(Cli.repo("examples/" + example + "/model.yaml")));
        Path saved = dir.resolve("saved/" + example + ".yaml");
        loaded.save(saved);
        Model again = Evofit.load(saved);
        Path twice = dir.resolve("saved/twice.yaml");
        again.save(twice);

        FitProblem before = loaded.definition().problem();
        FitProblem after = again.definition().problem();
        assertThat(after.parameters()).isEqualTo(before.parameters());
        assertThat(after.model()).isInstanceOf(JointReflectivityModel.class);
        JointReflectivityModel a = (JointReflectivityModel) before.model();
        JointReflectivityModel b = (JointReflectivityModel) after.model();
        for (int k = 0; k < a.dataSetCount(); k++) {
            assertThat(b.partOf(k).describe()).isEqualTo(a.partOf(k).describe());
        }
        double[][] expected = before.simulate(before.startValues());
        double[][] actual = after.simulate(after.startValues());
        assertThat(actual).hasSameDimensionsAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).containsExactly(expected[k]);
        }
        // Written again, the file is the same but for its first comment line (which names its source).
        List<String> first = Files.readAllLines(saved);
        List<String> second = Files.readAllLines(twice);
        assertThat(second.subList(1, second.size())).isEqualTo(first.subList(1, first.size()));
    }
}
