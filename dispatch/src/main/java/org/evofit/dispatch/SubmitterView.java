package org.evofit.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.evofit.wrapper.provenance.RepositoryState;
import org.evofit.wrapper.results.ResultJson;

/**
 * Makes a worker's run files say what a local run on the submitter's machine says: the model and data
 * files under their original paths, not the worker's input cache ({@code .../cache/<sweep>/inputs/...}),
 * and the model's git state as the submitter had it. The worker runs the fit on cached copies of the
 * submitted files; every path it writes (result.json, its provenance, model.json, error messages)
 * starts with the cache directory, which is cut off again here.
 */
final class SubmitterView {

    private static final String RESULT_JSON = "result.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SubmitterView() {
    }

    /**
     * The run's files with the cache's paths made original again and, in result.json, the provenance's
     * repository fields set to {@code origin} (null when the model is in no repository there).
     *
     * @param inputs the directory the worker wrote the sweep's input files into, under their absolute paths
     */
    static SortedMap<String, byte[]> files(SortedMap<String, byte[]> files, Path inputs, RepositoryState origin) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] bytes = e.getValue();
            if (isText(bytes)) {
                String original = new String(bytes, StandardCharsets.UTF_8);
                String text = text(original, inputs);
                if (e.getKey().equals(RESULT_JSON)) {
                    text = withOrigin(text, origin);
                }
                if (!text.equals(original)) {
                    bytes = text.getBytes(StandardCharsets.UTF_8);
                }
            }
            out.put(e.getKey(), bytes);
        }
        return out;
    }

    /** {@code text} (an error message, say) with the cache's paths made original again. */
    static String text(String text, Path inputs) {
        if (text == null) {
            return null;
        }
        String out = text;
        // An input at /a/b lies at INPUTS/a/b: dropping INPUTS leaves /a/b.
        for (String root : new String[] {inputs.toAbsolutePath().normalize().toString(), inputs.toString()}) {
            out = out.replace(root + "/", "/");
        }
        return out;
    }

    private static String withOrigin(String resultJson, RepositoryState origin) {
        try {
            JsonNode tree = JSON.readTree(resultJson);
            if (!(tree.path("provenance") instanceof ObjectNode provenance)) {
                return resultJson;
            }
            provenance.put("modelRepositoryCommit", origin == null ? null : origin.headCommit());
            provenance.put("modelUncommitted", origin == null ? null : origin.fileUncommitted());
            provenance.put("repositoryUncommitted", origin == null ? null : origin.repositoryUncommitted());
            // Written by result.json's own writer, so it reads exactly as a local run's.
            return ResultJson.of(tree).format();
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot rewrite the run's result.json: " + e.getMessage(), e);
        }
    }

    /** Whether the bytes are UTF-8 text (the result files that name paths are; charts and archives are not). */
    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
