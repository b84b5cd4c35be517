package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code evofit bench --serve}'s options checked, its run, and its report as JSON and as text. */
final class ServeReport {

    private ServeReport() {
    }

    static ServeBench.Report measure(Path modelFile, int clients, double seconds, long uploadBytes, java.io.PrintWriter err) {
        if (clients < 1) {
            throw new BadInputException("--clients must be at least 1, got " + clients);
        }
        OptionValues.seconds(seconds, "--duration");
        if (uploadBytes < 1) {
            throw new BadInputException("--upload-bytes must be at least 1, got " + uploadBytes);
        }
        Path model = modelFile != null ? modelFile : Path.of("examples", "peaks", "model.yaml");
        if (!Files.isRegularFile(model)) {
            throw new BadInputException(model + ": bench --serve uploads this model and the data file beside it: run it "
                    + "from the repository root or give MODEL");
        }
        return ServeBench.run(model, clients, seconds, uploadBytes, err);
    }

    static void add(ObjectNode root, StringBuilder table, ServeBench.Report r) {
        ObjectNode n = root.putObject("serve");
        n.put("clients", r.clients());
        n.put("seconds", r.seconds());
        n.put("requests", r.requests());
        n.put("requestsPerSecond", r.requestsPerSecond());
        n.put("pages", r.pages());
        n.put("pageP50Ms", r.pageP50Ms());
        n.put("pageP99Ms", r.pageP99Ms());
        n.put("submitted", r.submitted());
        n.put("finishedOnce", r.finishedOnce());
        n.put("exactlyOnce", r.exactlyOnce());
        r.notFinishedOnce().forEach(n.putArray("notFinishedOnce")::add);
        n.put("heapStartBytes", r.heapStartBytes());
        n.put("heapEndBytes", r.heapEndBytes());
        n.put("heapGrowthBytes", r.heapEndBytes() - r.heapStartBytes());
        n.put("uploadBytes", r.uploadBytes());
        n.put("uploadSeconds", r.uploadSeconds());
        n.put("uploadHeapBeforeBytes", r.heapBeforeUploadBytes());
        n.put("uploadHeapMaxBytes", r.heapMaxDuringUploadBytes());
        n.put("uploadHeapGrowthBytes", r.heapMaxDuringUploadBytes() - r.heapBeforeUploadBytes());
        table.append(String.format(Locale.ROOT, "serve: %d clients for %.1f s on the loopback address%n", r.clients(), r.seconds()));
        table.append(String.format(Locale.ROOT, "  %d requests, %.1f per second; %d pages: p50 %.1f ms, p99 %.1f ms%n",
                r.requests(), r.requestsPerSecond(), r.pages(), r.pageP50Ms(), r.pageP99Ms()));
        table.append(String.format(Locale.ROOT, "  fits: %d submitted, %d finished exactly once%s%n", r.submitted(),
                r.finishedOnce(), r.exactlyOnce() ? "" : "  FAILED: " + String.join(", ", r.notFinishedOnce())));
        table.append(String.format(Locale.ROOT, "  heap after full GC: %s at start, %s at end (growth %s)%n",
                mb(r.heapStartBytes()), mb(r.heapEndBytes()), mb(r.heapEndBytes() - r.heapStartBytes())));
        table.append(String.format(Locale.ROOT, "  resumable upload of %s in %.1f s: heap %s before, at most %s (growth %s)%n",
                mb(r.uploadBytes()), r.uploadSeconds(), mb(r.heapBeforeUploadBytes()), mb(r.heapMaxDuringUploadBytes()),
                mb(r.heapMaxDuringUploadBytes() - r.heapBeforeUploadBytes())));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
