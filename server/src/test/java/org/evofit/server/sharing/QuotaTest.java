package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.evofit.server.ServiceClient;
import org.evofit.server.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest's quotas, set low here: an upload larger than largest-upload and one that would take the guest's projects
 * past stored-bytes are refused with 413 before they are read, a fit asking more than evaluations-per-fit with 403,
 * a start while queued-runs of the guest's submissions wait with 429; each refusal names its quota, and a member's
 * larger fit is accepted.
 */
class QuotaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIT = "model=models/model.yaml&data=data/peakfit_gauss.dat&seed=7&generations=";

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Lab lab;

    @AfterEach
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void eachQuotaRefusesWhatIsOverItAndNamesIt() throws Exception {
        lab = new Lab(data, Limits.of(List.of(), List.of("guest.largest-upload=6000", "guest.stored-bytes=20000",
                "guest.queued-runs=1", "guest.evaluations-per-fit=10000")), Clock.systemUTC());
        assertThat(lab.gus.postJson("/api/projects", "{\"name\":\"g\"}").statusCode()).isEqualTo(201);
        assertThat(lab.gus.upload("/api/projects/gus~g/files", ServiceClient.repoFile("examples/peaks/model.yaml"),
                ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat")).statusCode()).isEqualTo(201);

        HttpResponse<String> big = lab.gus.upload("/api/projects/gus~g/files", dat("big.dat", 7000));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(message(big)).contains("over your quota largest-upload (guest)", "at once is 6000 bytes");
        assertThat(Files.exists(data.resolve("projects/gus~g/data/big.dat"))).isFalse();

        HttpResponse<String> full = null;
        for (int i = 0; i < 6 && full == null; i++) {
            HttpResponse<String> r = lab.gus.upload("/api/projects/gus~g/files", dat("d" + i + ".dat", 4000));
            if (r.statusCode() != 201) {
                full = r;
            }
        }
        assertThat(full).as("a 4000-byte upload refused before 6 of them").isNotNull();
        assertThat(full.statusCode()).isEqualTo(413);
        assertThat(message(full)).contains("over your quota stored-bytes (guest)", "more than the 20000 bytes a guest");

        HttpResponse<String> much = lab.gus.postForm("/api/projects/gus~g/runs", FIT + "1000");
        assertThat(much.statusCode()).isEqualTo(403);
        assertThat(message(much)).contains("over your quota evaluations-per-fit (guest)", "1000 generations x 50 "
                + "population = 50000", "the most a guest may ask is 10000");
        // 100 generations x 50 is within the quota, but every restart runs its generations too.
        HttpResponse<String> restarted = lab.gus.postForm("/api/projects/gus~g/runs", FIT + "100&restarts=4");
        assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(403);
        assertThat(message(restarted)).contains("over your quota evaluations-per-fit (guest)");

        // Alice (a member) holds the one slot with a long fit, so the guest's fits wait.
        HttpResponse<String> hers = lab.alice.postForm("/api/projects/" + Lab.PROJECT + "/runs", FIT + "100000");
        assertThat(hers.statusCode()).as("a member's larger fit " + hers.body()).isEqualTo(201);
        String aliceFit = JSON.readTree(hers.body()).path("id").asText();
        lab.alice.awaitEvent("/api/runs/" + aliceFit + "/events", "progress", "\"runsRunning\":1");
        HttpResponse<String> waiting = lab.gus.postForm("/api/projects/gus~g/runs", FIT + "100");
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(201);
        HttpResponse<String> more = lab.gus.postForm("/api/projects/gus~g/runs", FIT + "100");
        assertThat(more.statusCode()).isEqualTo(429);
        assertThat(more.headers().firstValue("Retry-After")).isPresent();
        assertThat(message(more)).contains("over your quota queued-runs (guest)", "1 of your fits and sweeps wait");
        lab.alice.postJson("/api/runs/" + aliceFit + "/cancel", "{}");
        String gusFit = JSON.readTree(waiting.body()).path("id").asText();
        assertThat(lab.gus.awaitEvent("/api/runs/" + gusFit + "/events", "done")).contains("succeeded");
    }

    /** A data file of about {@code bytes} bytes: two columns of numbers. */
    private Path dat(String name, int bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < bytes - 40; i++) {
            text.append(i).append(' ').append(Math.sin(i * 0.37) * 1000 + 1001).append('\n');
        }
        return Files.writeString(files.resolve(name), text);
    }

    private static String message(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).path("message").asText();
    }
}
