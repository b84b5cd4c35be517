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
 * Where a sweep's model files stand in version control on the submitter's machine, taken at
 * submission: a worker has the files' contents, not their repository, and records this state in the
 * results' provenance instead of its own (none).
 */
final class ModelOrigins {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelOrigins() {
    }

    /** The repository state of every model file the runs read, by absolute path (files in no repository are left out). */
    static Map<String, RepositoryState> of(Iterable<RunSpec> runs) {
        Map<String, RepositoryState> out = new TreeMap<>();
        for (RunSpec r : runs) {
            String model = r.model().toAbsolutePath().normalize().toString();
            if (!out.containsKey(model)) {
                RepositoryState.of(Path.of(model)).ifPresent(state -> out.put(model, state));
            }
        }
        return out;
    }

    /** The JSON kept in the store. */
    static String format(Map<String, RepositoryState> origins) {
        try {
            return JSON.writeValueAsString(origins);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model origins: " + e.getMessage(), e);
        }
    }

    /** Reads the stored JSON; {@code null} (a sweep stored by an older evofit) is no origins. */
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
