package org.evofit.dispatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Makes a worker's run files say what a local run on the submitter's machine says: the model and data
 * files under their original paths, not the worker's input cache ({@code .../cache/<sweep>/inputs/...}).
 * The worker runs the fit on cached copies of the submitted files; every path it writes (result.json, its
 * provenance, model.json, error messages) starts with the cache directory, which is cut off again here. (The
 * model's git state is the submitter's from the start: the worker's fit is given it, {@link RunAttempts}.)
 */
final class SubmitterView {

    private SubmitterView() {
    }

    /**
     * The run's files with the cache's paths made original again.
     *
     * @param inputs the directory the worker wrote the sweep's input files into, under their absolute paths
     */
    static SortedMap<String, byte[]> files(SortedMap<String, byte[]> files, Path inputs) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            out.put(e.getKey(), shown(e.getValue(), inputs));
        }
        return out;
    }

    /** {@code bytes} with the cache's paths made original again: the same bytes unless they are text naming one. */
    private static byte[] shown(byte[] bytes, Path inputs) {
        if (!isText(bytes)) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String shown = text(text, inputs);
        return shown.equals(text) ? bytes : shown.getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link #files}, for a run whose files are all text and were kept in memory: no bytes to tell text by. */
    static SortedMap<String, byte[]> texts(Map<String, String> texts, Path inputs) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        texts.forEach((name, text) -> out.put(name, text(text, inputs).getBytes(StandardCharsets.UTF_8)));
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
