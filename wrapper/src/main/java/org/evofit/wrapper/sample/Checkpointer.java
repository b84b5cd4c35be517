package org.evofit.wrapper.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evofit.core.mcmc.Chain;
import org.evofit.wrapper.io.AtomicFiles;

/** Saves the chain so far atomically, at most once per interval (every step for a zero interval). */
final class Checkpointer {

    private final Path file;
    private final long seed;
    private final List<String> names;
    private final long intervalNanos;
    private long last = System.nanoTime();

    Checkpointer(Path file, long seed, List<String> names, Duration interval) {
        this.file = file;
        this.seed = seed;
        this.names = names;
        this.intervalNanos = interval.toNanos();
    }

    void onStep(Chain chain) {
        long now = System.nanoTime();
        if (now - last >= intervalNanos) {
            save(chain);
            last = now;
        }
    }

    void save(Chain chain) {
        new AtomicFiles().bytes(file, new ChainFile(seed, names, chain).bytes()).commit();
    }
}
