package org.evofit.looper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Stable run ids: the first 12 hex digits of the SHA-256 of a run's canonical inputs — the model
 * file's content hash, the data files' content hashes, the parameter overrides, the seed and the
 * optimizer overrides. Paths do not count, contents do: moving a sweep keeps its ids, and editing a
 * sweep only adds runs (those whose inputs are new), so a resumed sweep finds its finished runs.
 */
public final class RunIds {

    /** Hex digits kept: 48 bits, so a collision among even a million runs is very unlikely. */
    static final int LENGTH = 12;

    private RunIds() {
    }

    /**
     * The id of a run.
     *
     * @param modelSha256 SHA-256 of the model file's bytes
     * @param dataSha256  SHA-256 of each data file the run reads, in order
     * @param overrides   parameter start values
     * @param seed        the optimizer seed
     * @param settings    optimizer overrides, canonical text
     */
    public static String of(String modelSha256, List<String> dataSha256, SortedMap<String, Double> overrides,
                            long seed, SortedMap<String, String> settings) {
        return of(modelSha256, dataSha256, overrides, seed, settings, "");
    }

    /**
     * The id of a run of a sequence: as {@link #of(String, List, SortedMap, long, SortedMap)}, plus
     * its place in the chain, so a resumed chain finds its finished prefix and nothing else.
     *
     * @param chain canonical text of the run's place: its sequence value, its position, the id of
     *              the run it starts from and whether bounds are re-centred ("" outside a sequence)
     */
    public static String of(String modelSha256, List<String> dataSha256, SortedMap<String, Double> overrides,
                            long seed, SortedMap<String, String> settings, String chain) {
        StringBuilder canonical = new StringBuilder("evofit-run-v1\nmodel ").append(modelSha256).append('\n');
        for (String d : dataSha256) {
            canonical.append("data ").append(d).append('\n');
        }
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            // Double.toString is the shortest round-trip form: 5 and 5.0 hash alike.
            canonical.append("set ").append(e.getKey()).append('=').append(Double.toString(e.getValue())).append('\n');
        }
        canonical.append("seed ").append(seed).append('\n');
        for (Map.Entry<String, String> e : settings.entrySet()) {
            canonical.append("fit ").append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        // Empty outside a sequence, so ids of plain sweeps are unchanged.
        canonical.append(chain);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
