package org.evofit.core.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Snapshots of an evaluation log: each holds exactly the log's entries at its moment, bit for bit,
 * however often the ring wrapped, and a later snapshot of the same log is known to extend an earlier
 * one by the entries appended in between.
 */
class LogEntriesTest {

    @Test
    void everySnapshotHoldsTheLogsEntriesOfItsMomentThoughLaterOnesShareItsChunks() {
        EvaluationLog log = new EvaluationLog(3, 23);
        SplittableRandom rng = new SplittableRandom(5);
        List<LogEntries> snapshots = new ArrayList<>();
        List<double[]> expectedVectors = new ArrayList<>();
        List<double[]> expectedFoms = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            // 0 to 30 entries between snapshots: none, fewer than the capacity, and more.
            int count = rng.nextInt(31);
            for (int k = 0; k < count; k++) {
                log.add(new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()}, rng.nextDouble());
            }
            snapshots.add(log.snapshot());
            expectedVectors.add(entries(log));
            expectedFoms.add(foms(log));
        }
        for (int s = 0; s < snapshots.size(); s++) {
            assertThat(snapshots.get(s).vectors()).as("snapshot %d", s).isEqualTo(expectedVectors.get(s));
            assertThat(snapshots.get(s).foms()).as("snapshot %d", s).isEqualTo(expectedFoms.get(s));
        }
    }

    @Test
    void aLaterSnapshotExtendsAnEarlierOneByTheEntriesAppendedBetween() {
        EvaluationLog log = new EvaluationLog(2, 50);
        for (int k = 0; k < 70; k++) {
            log.add(new double[] {k, -k}, k * 0.5);
        }
        LogEntries first = log.snapshot();
        assertThat(log.snapshot()).as("nothing appended: the same snapshot").isSameAs(first);
        for (int k = 70; k < 82; k++) {
            log.add(new double[] {k, -k}, k * 0.5);
        }
        LogEntries second = log.snapshot();
        assertThat(second.addedSince(first)).isEqualTo(12);
        assertThat(first.addedSince(second)).as("an earlier snapshot extends no later one").isEqualTo(-1);
        double[][] newest = second.newest(12);
        assertThat(newest[1]).containsExactly(35, 35.5, 36, 36.5, 37, 37.5, 38, 38.5, 39, 39.5, 40, 40.5);
        assertThat(newest[0]).startsWith(70, -70).endsWith(81, -81);

        EvaluationLog other = new EvaluationLog(2, 50);
        for (int k = 0; k < 82; k++) {
            other.add(new double[] {k, -k}, k * 0.5);
        }
        assertThat(other.snapshot().addedSince(first))
                .as("the same values in another log: not known from the chunks (IncrementLogs compares them)")
                .isEqualTo(-1);

        EvaluationLog resumed = EvaluationLog.restore(second);
        assertThat(resumed.snapshot()).as("a restored log's snapshot is the entries it holds").isSameAs(second);
        resumed.add(new double[] {82, -82}, 41);
        assertThat(resumed.snapshot().addedSince(second)).isEqualTo(1);
        assertThat(resumed.snapshot().addedSince(first)).isEqualTo(13);
    }

    private static double[] entries(EvaluationLog log) {
        double[] v = new double[log.size() * log.dimension()];
        for (int i = 0; i < log.size(); i++) {
            for (int d = 0; d < log.dimension(); d++) {
                v[i * log.dimension() + d] = log.value(i, d);
            }
        }
        return v;
    }

    private static double[] foms(EvaluationLog log) {
        double[] f = new double[log.size()];
        for (int i = 0; i < log.size(); i++) {
            f[i] = log.fom(i);
        }
        return f;
    }
}
