package org.evofit.wrapper.io;

import java.time.Instant;
import java.util.Objects;
import org.evofit.wrapper.provenance.Provenance;
import org.evofit.wrapper.provenance.ProvenanceReading;

/**
 * Facts about a run that are not part of its result: which evofit ran it, when, and on what.
 *
 * <p>The provenance may still be being read when the run is made ({@link ProvenanceReading}): the result files
 * that do not carry it are then formatted while the read goes on, and only result.json waits for it. Whoever
 * asks for {@link #provenance()} gets the finished provenance (waiting for the read if need be).
 *
 * @param evofitVersion     version of the evofit build
 * @param started           when fitting started
 * @param finished          when it ended
 * @param provenanceReading the read of the build, model file and platform of the run, ended or not; null when
 *                          not gathered (result.json then gathers it from the model's file when written)
 */
public record RunInfo(String evofitVersion, Instant started, Instant finished, ProvenanceReading provenanceReading) {

    /** A run whose provenance was already read (null when not gathered). */
    public RunInfo(String evofitVersion, Instant started, Instant finished, Provenance provenance) {
        this(evofitVersion, started, finished, provenance == null ? null : ProvenanceReading.of(provenance));
    }

    /** A run without gathered provenance. */
    public RunInfo(String evofitVersion, Instant started, Instant finished) {
        this(evofitVersion, started, finished, (ProvenanceReading) null);
    }

    /** Build, model file and platform of the run, waiting for their read to end; null when not gathered. */
    public Provenance provenance() {
        return provenanceReading == null ? null : provenanceReading.await();
    }

    /** Equal runs have equal facts: the provenance is compared once read, not by its read. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RunInfo r && Objects.equals(evofitVersion, r.evofitVersion) && Objects.equals(started, r.started)
                && Objects.equals(finished, r.finished) && Objects.equals(provenance(), r.provenance());
    }

    @Override
    public int hashCode() {
        return Objects.hash(evofitVersion, started, finished, provenance());
    }

    @Override
    public String toString() {
        return "RunInfo[evofitVersion=" + evofitVersion + ", started=" + started + ", finished=" + finished
                + ", provenance=" + provenance() + "]";
    }
}
