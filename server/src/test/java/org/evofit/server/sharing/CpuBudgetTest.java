package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.server.Limits;
import org.evofit.server.MovingClock;
import org.evofit.server.ServiceClient;
import org.evofit.server.limits.CpuClock;
import org.evofit.server.limits.CpuLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quota cpu-seconds-per-day, with a CPU clock that moves one second each time a thread reads it: a fit's meter
 * reads it when the fit takes its slot, after each generation and at its end, so a guest's fit with a budget of 5 s
 * stops at generation 4 (the fifth read after its start), its best so far saved as any result and marked; the guest's
 * next submission is refused naming the quota, and the use survives a restart of the ledger.
 */
class CpuBudgetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIT = "model=models/model.yaml&data=data/peakfit_gauss.dat&seed=7&generations=";

    @TempDir
    Path data;

    private Lab lab;

    /** One second of CPU per read, counted per thread as a thread's CPU time is. */
    private static final class SecondPerRead implements CpuClock {
        private final ThreadLocal<long[]> reads = ThreadLocal.withInitial(() -> new long[1]);

        @Override
        public long nanos() {
            return reads.get()[0]++ * 1_000_000_000L;
        }
    }

    @AfterEach
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void aFitPastItsBudgetStopsWithItsBestSavedAndMarkedAndTheNextStartIsRefused() throws Exception {
        MovingClock clock = new MovingClock();
        lab = new Lab(data, Limits.of(List.of(), List.of("guest.cpu-seconds-per-day=5")), clock, new SecondPerRead());
        assertThat(lab.gus.postJson("/api/projects", "{\"name\":\"g\"}").statusCode()).isEqualTo(201);
        assertThat(lab.gus.upload("/api/projects/gus~g/files", ServiceClient.repoFile("examples/peaks/model.yaml"),
                ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat")).statusCode()).isEqualTo(201);

        String gusFit = started(lab.gus.postForm("/api/projects/gus~g/runs", FIT + "50"));
        assertThat(lab.gus.awaitEvent("/api/runs/" + gusFit + "/events", "done")).contains("stopped");

        JsonNode status = JSON.readTree(lab.gus.get("/api/runs/" + gusFit).body());
        assertThat(status.path("status").asText()).isEqualTo("stopped");
        assertThat(status.path("submission").path("message").asText()).isEqualTo("CPU budget of 5 s reached");
        assertThat(lab.gus.get("/runs/" + gusFit).body()).contains("stopped: CPU budget of 5 s reached");
        Path run = onlyRun(gusFit);
        assertThat(run.resolve("fit.csv")).exists();
        JsonNode result = JSON.readTree(run.resolve("result.json").toFile());
        assertThat(result.path("stopReason").asText()).isEqualTo("CPU_BUDGET");
        assertThat(result.path("generations").asInt()).isEqualTo(4);

        // The same fit asked for 4 generations is the reference: the stopped fit's best is its result, bit for bit.
        String reference = started(lab.alice.postForm("/api/projects/" + Lab.PROJECT + "/runs", FIT + "4"));
        assertThat(lab.alice.awaitEvent("/api/runs/" + reference + "/events", "done")).contains("succeeded");
        JsonNode expected = JSON.readTree(onlyRun(reference).resolve("result.json").toFile());
        assertThat(expected.path("stopReason").asText()).isEqualTo("MAX_GENERATIONS");
        assertThat(result.path("fom").asDouble()).isEqualTo(expected.path("fom").asDouble());
        assertThat(result.path("parameters")).isEqualTo(expected.path("parameters"));

        HttpResponse<String> refused = lab.gus.postForm("/api/projects/gus~g/runs", FIT + "50");
        assertThat(refused.statusCode()).isEqualTo(429);
        String message = JSON.readTree(refused.body()).path("message").asText();
        // The meter read 6 s in all: at the start, after generations 0 to 4, and at the end.
        assertThat(message).contains("over your quota cpu-seconds-per-day (guest)", "your fits used 6 CPU seconds",
                "the most a guest may use is 5", "it resets at 2026-12-06T08:00:00Z");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("86401");

        // A restart of the service counts what was used before it; a day later it is forgotten.
        assertThat(new CpuLedger(data.resolve("service"), clock).used("gus")).isEqualTo(6.0);
        clock.advance(java.time.Duration.ofHours(24).plusSeconds(1));
        assertThat(new CpuLedger(data.resolve("service"), clock).used("gus")).isZero();
    }

    private static String started(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("id").asText();
    }

    private Path onlyRun(String id) throws Exception {
        try (Stream<Path> runs = Files.list(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            return runs.findFirst().orElseThrow();
        }
    }
}
