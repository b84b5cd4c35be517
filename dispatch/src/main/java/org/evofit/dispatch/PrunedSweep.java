package org.evofit.dispatch;

/**
 * What pruning one sweep removes (or, in a dry run, would remove).
 *
 * @param sweep      the sweep id
 * @param runs       its runs
 * @param fileBytes  the bytes of its runs' recorded files and checkpoints
 * @param inputFiles the input files no other remaining sweep reads
 * @param inputBytes their bytes
 * @param quartzJobs Quartz jobs left for it (its schedule's: runs have none); always 0 on SQLite
 */
public record PrunedSweep(String sweep, int runs, long fileBytes, int inputFiles, long inputBytes, int quartzJobs) {

    /** Every byte it frees in the store's tables. */
    public long bytes() {
        return fileBytes + inputBytes;
    }
}
