package org.evofit.wrapper.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging folder is one per process, shared by its threads: threads of one process committing
 * into the same folder at once (the server writes a sharing file for every project it creates, from
 * any request thread), while other threads sweep that folder, must each get their file written, and
 * the last one out leaves no staging behind. The CI failure this guards against: one thread removed
 * the empty per-process folder between another thread's creation of it and its write into it.
 */
class ConcurrentCommitTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 400;

    @TempDir
    Path dir;

    @Test
    void threadsCommittingIntoOneFolderWhileOthersSweepAllWriteTheirFilesAndLeaveNoStaging() throws Exception {
        Path out = dir.resolve("out");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        // Every round starts all threads together, so creation, removal and writes interleave each round.
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<?>> done = new ArrayList<>();
        Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    start.await();
                    // A failed round is recorded, not thrown: every thread must keep meeting the barrier.
                    try {
                        if (thread % 4 == 3) {
                            Staging.sweep(out);
                        } else {
                            AtomicFiles.writeText(out.resolve("t" + thread + "-" + round + ".json"), thread + " " + round);
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).as("commits and sweeps that failed").isEmpty();
        for (int t = 0; t < THREADS; t++) {
            for (int round = 0; round < ROUNDS && t % 4 != 3; round++) {
                assertThat(out.resolve("t" + t + "-" + round + ".json")).hasContent(t + " " + round);
            }
        }
        assertThat(out.resolve(Staging.FOLDER)).doesNotExist();
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo((long) (THREADS - THREADS / 4) * ROUNDS);
        }
    }
}
