package org.evofit.server;

/**
 * What one account of a role may hold and ask at once.
 *
 * @param concurrentRuns    its submissions running at once
 * @param queuedRuns        its submissions waiting for a slot
 * @param storedBytes       bytes of the projects it owns, uploads included
 * @param largestUpload     bytes of one uploaded file
 * @param evaluationsPerFit generations x population of one fit (the work one fit may ask)
 * @param cpuSecondsPerDay  CPU seconds its fits may use in any 24 hours (a fit stops when it has used what was left)
 */
public record Quota(long concurrentRuns, long queuedRuns, long storedBytes, long largestUpload, long evaluationsPerFit,
                    long cpuSecondsPerDay) {

    /** The quotas' names as typed after the role ({@code guest.queued-runs}), in the components' order. */
    static final String[] NAMES = {"concurrent-runs", "queued-runs", "stored-bytes", "largest-upload", "evaluations-per-fit",
        "cpu-seconds-per-day"};

    /** Checks the values. */
    public Quota {
        long[] values = {concurrentRuns, queuedRuns, storedBytes, largestUpload, evaluationsPerFit, cpuSecondsPerDay};
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 1) {
                throw new IllegalArgumentException("quota " + NAMES[i] + " must be at least 1, got " + values[i]);
            }
        }
    }

    /** The quota named {@code name} ({@code queued-runs}). */
    long get(String name) {
        return switch (name) {
            case "concurrent-runs" -> concurrentRuns;
            case "queued-runs" -> queuedRuns;
            case "stored-bytes" -> storedBytes;
            case "largest-upload" -> largestUpload;
            case "evaluations-per-fit" -> evaluationsPerFit;
            case "cpu-seconds-per-day" -> cpuSecondsPerDay;
            default -> throw new IllegalArgumentException("no quota " + name);
        };
    }

    /** This quota with {@code name} set to {@code value}. */
    Quota with(String name, long value) {
        return new Quota(name.equals(NAMES[0]) ? value : concurrentRuns, name.equals(NAMES[1]) ? value : queuedRuns,
                name.equals(NAMES[2]) ? value : storedBytes, name.equals(NAMES[3]) ? value : largestUpload,
                name.equals(NAMES[4]) ? value : evaluationsPerFit, name.equals(NAMES[5]) ? value : cpuSecondsPerDay);
    }
}
