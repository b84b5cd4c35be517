package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchServeTest {

    @Test
    void benchServeRunsClientsAgainstAChildServiceAndChecksEveryFitFinishedOnce() throws IOException {
        long uploadBytes = 100_000;
        Cli.Run run = Cli.run("bench", "--serve", "--clients", "2", "--duration", "3", "--upload-bytes",
                Long.toString(uploadBytes), "--json", Cli.repo("examples/peaks/model.yaml"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(run.out()).get("serve");
        assertThat(s.get("clients").asInt()).isEqualTo(2);
        // Each client finishes its first round (project, upload, fit polled to its end) whatever the clock says.
        assertThat(s.get("submitted").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(s.get("finishedOnce").asInt()).isEqualTo(s.get("submitted").asInt());
        assertThat(s.get("exactlyOnce").asBoolean()).isTrue();
        assertThat(s.has("notFinishedOnce")).isTrue();
        assertThat(s.get("notFinishedOnce")).isEmpty();
        // Per round at least: create, upload, project page, start, one status, the final run page.
        assertThat(s.get("requests").asLong()).isGreaterThanOrEqualTo(6L * s.get("submitted").asInt());
        assertThat(s.get("pages").asInt()).isGreaterThanOrEqualTo(2 * s.get("submitted").asInt());
        assertThat(s.get("pageP99Ms").asDouble()).isGreaterThanOrEqualTo(s.get("pageP50Ms").asDouble()).isPositive();
        assertThat(s.get("requestsPerSecond").asDouble()).isPositive();
        assertThat(s.get("heapStartBytes").asLong()).isPositive();
        assertThat(s.get("heapEndBytes").asLong()).isPositive();
        assertThat(s.get("heapGrowthBytes").asLong()).isEqualTo(s.get("heapEndBytes").asLong() - s.get("heapStartBytes").asLong());
        assertThat(s.get("uploadBytes").asLong()).isEqualTo(uploadBytes);
        assertThat(s.get("uploadHeapMaxBytes").asLong()).isGreaterThanOrEqualTo(s.get("uploadHeapBeforeBytes").asLong());
    }

    /**
     * All the bench's clients poll from the loopback address, as fast as the service answers: on a fast host two of
     * them passed the default 600 permalink requests a minute per address within three seconds, and the bench failed
     * on a 429. Its child service lifts the per-address limits; the defaults refuse the same polls.
     */
    @Test
    void theChildServiceAnswersOneAddressPastThePerAddressLimits() throws Exception {
        // 600 at once, then 10 a second more: the defaults refuse soon after the 600th.
        assertThat(firstRefusal()).isGreaterThan(600);
        assertThat(firstRefusal(ServeBench.serveOptions(1 << 20).toArray(String[]::new))).isZero();
    }

    /** The first of 2,000 polls of a run's status from this address that the service refuses with 429, or 0. */
    private static int firstRefusal(String... options) throws Exception {
        try (BenchCleanup cleanup = BenchCleanup.inTemporaryDirectory("evofit-bench-serve-limits-")) {
            Path work = cleanup.work();
            ServeProcess serve = ServeProcess.start(work.resolve("data"), work.resolve("serve.log"), cleanup, null,
                    options);
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest poll = HttpRequest.newBuilder(serve.url().resolve("/api/runs/0123456789")).build();
            try {
                for (int i = 1; i <= 2000; i++) {
                    if (http.send(poll, HttpResponse.BodyHandlers.discarding()).statusCode() == 429) {
                        return i;
                    }
                }
                return 0;
            } finally {
                serve.stop();
            }
        }
    }

    @Test
    void theGeneratedUploadIsColumnTextOfExactlyTheLengthAsked() throws IOException {
        try (InputStream in = ServeBench.generated(100)) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes).hasSize(100);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            assertThat(text.split("\n")[0].trim().split("\\s+")).containsExactly("1.0", "2.0", "0.1");
            assertThat(text.substring(32, 64)).isEqualTo(text.substring(0, 32));
        }
    }

    @Test
    void benchServeRefusesNoClients() {
        Cli.Run run = Cli.run("bench", "--serve", "--clients", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--clients must be at least 1, got 0");
    }
}
