package org.evofit.cli;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The large-upload part of {@code bench --serve}: one generated file sent through the resumable-upload
 * endpoint while another thread reads the service's heap after full collections, one reading after the other
 * (each is a jcmd process, which paces them), until the upload has been answered.
 *
 * @param seconds    how long the upload took
 * @param heapBefore the service's heap after a full collection before the upload
 * @param heapMax    the largest such reading while it went up (and once after)
 */
record UploadWatch(double seconds, long heapBefore, long heapMax) {

    static UploadWatch run(ServeClient client, ServeProcess serve, long bytes) throws IOException, InterruptedException {
        String project = "bench-upload";
        client.postJson("/api/projects", Map.of("name", project), 201);
        long before = serve.heapAfterGc();
        AtomicLong max = new AtomicLong(before);
        AtomicBoolean done = new AtomicBoolean();
        // A reading that fails ends the watch; it fails the benchmark after the upload instead of leaving a
        // maximum taken over fewer readings than the report claims.
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread watcher = new Thread(() -> {
            try {
                while (!done.get()) {
                    max.accumulateAndGet(serve.heapAfterGc(), Math::max);
                }
            } catch (RuntimeException e) {
                failed.set(e);
            }
        }, "evofit-bench-heap-watch");
        watcher.setDaemon(true);
        long start = System.nanoTime();
        watcher.start();
        double seconds;
        try {
            client.resumableUpload(project, "big.dat", bytes, () -> ServeBench.generated(bytes));
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            done.set(true);
            watcher.join();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("bench --serve: reading the service's heap during the upload failed: "
                    + failed.get().getMessage(), failed.get());
        }
        max.accumulateAndGet(serve.heapAfterGc(), Math::max);
        return new UploadWatch(seconds, before, max.get());
    }
}
