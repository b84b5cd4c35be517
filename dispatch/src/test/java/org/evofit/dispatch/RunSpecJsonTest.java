package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.TreeMap;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SequenceAxis;
import org.junit.jupiter.api.Test;

/** A run spec kept in the run store reads back equal, its sequence's label and unit included. */
class RunSpecJsonTest {

    private static RunSpec run(Double sequence, SequenceAxis axis) {
        TreeMap<String, Double> overrides = new TreeMap<>();
        overrides.put("film.d", 0.1 + 0.2);
        TreeMap<String, String> settings = new TreeMap<>();
        settings.put("generations", "5");
        return new RunSpec("abc123", Path.of("/m/model.yaml"), Path.of("/d/T250K.dat"), overrides, 7L, settings,
                sequence, "prev", true, axis);
    }

    @Test
    void aSequenceRunKeepsItsValueLabelAndUnit() {
        RunSpec named = run(250.5, new SequenceAxis("temperature", "K"));
        RunSpec back = RunSpecJson.parse(RunSpecJson.format(named));
        assertThat(back).isEqualTo(named);
        assertThat(back.sequenceAxis()).isEqualTo(new SequenceAxis("temperature", "K"));
        assertThat(back.overrides().get("film.d")).isEqualTo(0.1 + 0.2);

        RunSpec unitOnly = run(1.0, new SequenceAxis(null, "mT"));
        assertThat(RunSpecJson.parse(RunSpecJson.format(unitOnly))).isEqualTo(unitOnly);
    }

    @Test
    void aSpecWrittenBeforeSequenceAxesReadsAsUnknown() {
        RunSpec plain = run(3.0, SequenceAxis.UNKNOWN);
        String json = RunSpecJson.format(plain);
        assertThat(json).doesNotContain("sequenceLabel");
        assertThat(RunSpecJson.parse(json).sequenceAxis().isUnknown()).isTrue();
        assertThat(RunSpecJson.parse(json)).isEqualTo(plain);
    }
}
