package org.evofit.dispatch;

import java.util.Map;
import java.util.SortedMap;

/**
 * The files a store holds: each run's recorded files (written with its outcome, see {@link Leases})
 * and each sweep's input files (written with its runs, see {@link RunQueue}), stored once per content.
 */
public interface FileStore {

    /** The run's recorded files (result.json, fit.csv, ... or error.txt), by name. */
    SortedMap<String, byte[]> runFiles(String sweep, String run);

    /** The sweep's input files: original absolute path to content hash. */
    Map<String, String> inputs(String sweep);

    /**
     * The names the sweep's runs give its input files in what they write, by original absolute path (evofit
     * serve's sweeps: as uploaded); a file left out is named by its path.
     */
    Map<String, String> shownAs(String sweep);

    /**
     * An input file's bytes, by content hash.
     *
     * @throws StoreException when there is no such file
     */
    byte[] input(String sha256);
}
