package org.evofit.wrapper.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.evofit.wrapper.provenance.Provenance;
import org.evofit.wrapper.provenance.ProvenanceReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's facts holding a provenance read that may not have ended: its users see the finished provenance. */
class RunInfoTest {

    @TempDir
    Path tmp;

    @Test
    void aRunHoldingAReadGivesTheProvenanceReadInPlaceAndEqualsARunMadeWithIt() throws Exception {
        Path model = Files.writeString(tmp.resolve("model.yaml"), "kind: curve\n");
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        RunInfo reading = new RunInfo("v", t, t, ProvenanceReading.start(model));
        Provenance inPlace = Provenance.of(model);

        assertThat(reading.provenance()).isEqualTo(inPlace);
        assertThat(reading).isEqualTo(new RunInfo("v", t, t, inPlace)).hasSameHashCodeAs(new RunInfo("v", t, t, inPlace));
        assertThat(reading).isNotEqualTo(new RunInfo("v", t, t));
    }

    @Test
    void aRunWithoutGatheredProvenanceHasNone() {
        RunInfo run = new RunInfo("v", Instant.EPOCH, Instant.EPOCH);

        assertThat(run.provenance()).isNull();
        assertThat(run.provenanceReading()).isNull();
        assertThat(run).isEqualTo(new RunInfo("v", Instant.EPOCH, Instant.EPOCH, (Provenance) null));
    }
}
