package org.evofit.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.evofit.looper.RunSpec;
import org.evofit.wrapper.provenance.RepositoryState;

/**
 * Where a sweep's model files stand in version control on the submitter's machine, taken when the runs
 * are planned (at submission, or at the schedule's re-plan that adds them): a worker has the files'
 * contents, not their repository, and records this state in the results' provenance instead of its
 * own (none).
 */
final class ModelOrigins {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelOrigins() {
    }

    /** The repository state of every model file the runs read, by absolute path (files in no repository are left out). */
    static Map<String, RepositoryState> of(Iterable<RunSpec> runs) {
        Map<String, RepositoryState> out = new TreeMap<>();
        for (RunSpec r : runs) {
            String model = key(r);
            if (!out.containsKey(model)) {
                RepositoryState.of(Path.of(model)).ifPresent(state -> out.put(model, state));
            }
        }
        return out;
    }

    /** The run's model file as origins are keyed: its absolute path. */
    static String key(RunSpec run) {
        return run.model().toAbsolutePath().normalize().toString();
    }

    /** The JSON of one run's origin kept in the store, or {@code null} for none. */
    static String formatOne(RepositoryState origin) {
        try {
            return origin == null ? null : JSON.writeValueAsString(origin);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a model origin: " + e.getMessage(), e);
        }
    }

    /** Reads one run's stored origin. */
    static RepositoryState parseOne(String json) {
        try {
            return JSON.readValue(json, RepositoryState.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable model origin in the run store: " + e.getMessage(), e);
        }
    }

    /**
     * The origin of a run as its row and its sweep's keep it: the run's own ({@code runs.origin}) or, for a run
     * stored before runs had their own, its sweep's for the run's model path; {@code null} for none.
     */
    static RepositoryState ofRun(String own, String sweepOrigins, String specJson) {
        return own != null ? parseOne(own) : parse(sweepOrigins).get(key(RunSpecJson.parse(specJson)));
    }

    /** Reads a sweep's origins as evofit before runs had their own stored them; {@code null} is no origins. */
    static Map<String, RepositoryState> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, RepositoryState>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable model origins in the run store: " + e.getMessage(), e);
        }
    }
}
