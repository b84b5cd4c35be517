package org.evofit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code evofit bench --serve}: a bounded load test of {@code evofit serve} on the loopback address. A child
 * JVM serves a scratch data directory; {@code clients} threads each, until {@code seconds} have passed, create
 * a project, upload examples/peaks' model and data, start a small fit and poll its status and pages until it
 * ends. Then every submitted fit is checked to have succeeded and to be listed exactly once, and a large
 * generated file goes up as one resumable upload while the service's heap is watched.
 */
final class ServeBench {

    /** Generations of each benchmark fit: small, so that fits come and go while the clients poll. */
    static final int GENERATIONS = 5;

    /** A rate no bench client reaches: the largest count a rate takes, per second. */
    private static final String UNLIMITED = "999999999/second";

    /** What one benchmark measured. */
    record Report(int clients, double seconds, long requests, double requestsPerSecond, int pages, double pageP50Ms,
                  double pageP99Ms, int submitted, int finishedOnce, List<String> notFinishedOnce, long heapStartBytes,
                  long heapEndBytes, long uploadBytes, double uploadSeconds, long heapBeforeUploadBytes,
                  long heapMaxDuringUploadBytes) {

        /** Whether every submitted run finished exactly once. */
        boolean exactlyOnce() {
            return notFinishedOnce.isEmpty() && finishedOnce == submitted;
        }
    }

    private ServeBench() {
    }

    static Report run(Path model, int clients, double seconds, long uploadBytes, PrintWriter err) {
        try (BenchCleanup cleanup = BenchCleanup.inTemporaryDirectory("evofit-bench-serve-")) {
            Path work = cleanup.work();
            long maxFileBytes = Math.max(uploadBytes, 1 << 20);
            ServeProcess serve = ServeProcess.start(work.resolve("data"), work.resolve("serve.log"), cleanup, null,
                    serveOptions(maxFileBytes).toArray(String[]::new));
            err.println("bench --serve: " + serve.url() + ", " + clients + " clients for " + seconds + " s");
            err.flush();
            Upload upload = Upload.of(model);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            Latencies latencies = new Latencies();
            ServeClient client = new ServeClient(http, serve.url(), latencies);
            long heapStart = serve.heapAfterGc();
            Map<String, String> submitted = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            load(client, upload, clients, start + (long) (seconds * 1e9), submitted);
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<String> wrong = exactlyOnce(client, submitted);
            long heapEnd = serve.heapAfterGc();
            UploadWatch big = UploadWatch.run(client, serve, uploadBytes);
            serve.stop();
            return new Report(clients, elapsed, latencies.requests(), latencies.requests() / elapsed, latencies.pages(),
                    latencies.pageMillis(0.5), latencies.pageMillis(0.99), submitted.size(), submitted.size() - wrong.size(),
                    wrong, heapStart, heapEnd, uploadBytes, big.seconds(), big.heapBefore(), big.heapMax());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The child service's options: uploads up to the bench's file, and the limits per client address lifted. The
     * bench's clients stand for separate people, each at an address of their own, but all come from the loopback
     * address, and each polls as fast as the service answers: under the default per-address limits (SETUP.md) the
     * service refused them with 429 as soon as it answered two clients faster than 600 polls a minute, which is a
     * measure of the host's speed, not of the service. The limits per account do not apply: the bench signs in to
     * no account.
     */
    static List<String> serveOptions(long maxFileBytes) {
        List<String> options = new ArrayList<>(List.of("--upload-max-file-bytes", Long.toString(maxFileBytes),
                "--project-max-bytes", Long.toString(2 * maxFileBytes)));
        for (String limit : List.of("sign-in", "upload", "submission", "permalink")) {
            options.addAll(List.of("--rate-limit", limit + ".address=" + UNLIMITED));
        }
        return options;
    }

    private static void load(ServeClient client, Upload upload, int clients, long deadline,
                             Map<String, String> submitted) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int c = i;
                running.add(pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        oneProject(client, upload, "bench-" + c + "-" + n, submitted);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a bench client failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's round: a project, its upload, a fit, and polling until the fit ends. */
    private static void oneProject(ServeClient client, Upload upload, String project,
                                   Map<String, String> submitted) throws IOException, InterruptedException {
        client.postJson("/api/projects", Map.of("name", project), 201);
        client.upload(project, upload.files());
        client.page("/projects/" + project);
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("model", "models/" + upload.model());
        start.put("data", List.of("data/" + upload.data()));
        start.put("generations", Integer.toString(GENERATIONS));
        start.put("seed", "1");
        String id = client.postJson("/api/projects/" + project + "/runs", start, 201).path("id").asText();
        submitted.put(id, project);
        while (!ended(client.getJson("/api/runs/" + id))) {
            client.page("/runs/" + id);
        }
        client.page("/runs/" + id);
    }

    private static boolean ended(JsonNode status) {
        return Set.of("succeeded", "failed", "cancelled").contains(status.path("status").asText());
    }

    /**
     * The submissions that did not finish exactly once: not succeeded, or listed other than once in their
     * project's runs.
     */
    private static List<String> exactlyOnce(ServeClient client, Map<String, String> submitted)
            throws IOException, InterruptedException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(submitted).entrySet()) {
            String status = client.getJson("/api/runs/" + e.getKey()).path("status").asText();
            int listed = 0;
            for (JsonNode run : client.getJson("/api/projects/" + e.getValue() + "/runs")) {
                listed += e.getKey().equals(run.path("id").asText()) ? 1 : 0;
            }
            if (!"succeeded".equals(status) || listed != 1) {
                wrong.add(e.getKey() + " (" + status + ", listed " + listed + " times)");
            }
        }
        return wrong;
    }

    /** What each client uploads: a model file and the one data file beside it. */
    record Upload(String model, String data, Map<String, byte[]> files) {

        static Upload of(Path model) throws IOException {
            List<Path> beside;
            try (java.util.stream.Stream<Path> list = Files.list(model.toAbsolutePath().getParent())) {
                beside = list.filter(f -> Files.isRegularFile(f) && !f.getFileName().equals(model.getFileName())).toList();
            }
            if (beside.size() != 1) {
                throw new BadInputException(model + ": bench --serve fits the model with the one data file beside it, but "
                        + "its folder holds " + beside.size() + " other files");
            }
            Path data = beside.get(0);
            return new Upload(model.getFileName().toString(), data.getFileName().toString(), new TreeMap<>(Map.of(
                    model.getFileName().toString(), Files.readAllBytes(model), data.getFileName().toString(),
                    Files.readAllBytes(data))));
        }
    }

    /** A generated column-text data file: the same 32-byte line over and over, never held in memory. */
    static InputStream generated(long length) {
        byte[] line = String.format(java.util.Locale.ROOT, "%-10s %-10s %-9s%n", "1.0", "2.0", "0.1").getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent < length ? line[(int) (sent++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - sent);
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[(int) (sent++ % line.length)];
                }
                return n;
            }
        };
    }
}
