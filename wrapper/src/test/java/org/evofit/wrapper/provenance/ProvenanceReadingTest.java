package org.evofit.wrapper.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provenance read beside a fit (compared with one read in place in ProvenanceTest): interrupts, no file. */
class ProvenanceReadingTest {

    @TempDir
    Path tmp;

    @Test
    void anInterruptedCallerStillGetsTheProvenanceAndKeepsItsInterrupt() {
        Path model = tmp.resolve("absent.yaml");
        ProvenanceReading reading = ProvenanceReading.start(model);
        Thread.currentThread().interrupt();
        try {
            assertThat(reading.await()).isEqualTo(Provenance.of(model));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aModelBuiltInCodeHasNoFileFields() {
        Provenance p = ProvenanceReading.start(null).await();

        assertThat(p.modelFile()).isNull();
        assertThat(p.modelSha256()).isNull();
        assertThat(p.modelRepositoryCommit()).isNull();
        assertThat(p.jvm()).isEqualTo(JavaRuntime.current());
    }
}
