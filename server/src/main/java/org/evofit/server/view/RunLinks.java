package org.evofit.server.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a run's downloads are: the base of its file URLs (ending in {@code /files/}) and its zip.
 *
 * @param files the files' base path, such as {@code /api/runs/0123456789/files/}
 * @param zip   the zip of the run directory
 */
public record RunLinks(String files, String zip) {

    /** The links of a fit: submission {@code id}'s only run. */
    public static RunLinks ofFit(String id) {
        String base = "/api/runs/" + segment(id);
        return new RunLinks(base + "/files/", base + "/zip");
    }

    /** The links of run {@code runId} of sweep {@code id}. */
    public static RunLinks ofSweepRun(String id, String runId) {
        String base = "/api/sweeps/" + segment(id) + "/runs/" + segment(runId);
        return new RunLinks(base + "/files/", base + "/zip");
    }

    /** The URL of the file listed as {@code name} (such as {@code charts/fit.png}), not yet escaped for HTML. */
    public String file(String name) {
        return under(files, name);
    }

    /** {@code base} followed by the listed {@code name}, each of its segments percent-encoded. */
    static String under(String base, String name) {
        StringBuilder out = new StringBuilder(base);
        String[] parts = name.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : "/").append(segment(parts[i]));
        }
        return out.toString();
    }

    /** One path segment, percent-encoded. */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
