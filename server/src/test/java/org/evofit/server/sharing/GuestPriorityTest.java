package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.evofit.server.ServiceClient;
import org.evofit.server.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guests' fits take the lab's one slot last: a member's fit started while 20 guest fits wait for it (and one holds
 * it) starts as soon as the slot frees, before every guest fit queued earlier; found from the submissions' progress
 * events and states (runsRunning, runsWaiting, done), not from times. The member's fit time alone and behind the guests' is printed (the figure of issue 19's note).
 */
class GuestPriorityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIT = "model=models/model.yaml&data=data/peakfit_gauss.dat&seed=7&generations=";
    /** A guest fit's generations (x 50 population: within a guest's default quota of evaluations). */
    private static final int GUEST_GENERATIONS = 3000;
    /** The member's fit: long enough (never stopping early) that no guest fit can start while the test looks. */
    private static final String MEMBER = "10000&minSpread=0";
    /** The generations of the guest fit that holds the slot (never stopping early): it runs until the test cancels it. */
    private static final int HOLD = 10_000_000;

    @TempDir
    Path data;

    private Lab lab;

    @AfterEach
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void aMembersFitOvertakesTheQueuedGuestFits() throws Exception {
        // A guest may queue 3 submissions by default; here 21, to show the order.
        lab = new Lab(data, Limits.of(List.of(), List.of("guest.queued-runs=21",
                "guest.evaluations-per-fit=" + 50L * HOLD)), Clock.systemUTC());
        assertThat(lab.gus.postJson("/api/projects", "{\"name\":\"guests\"}").statusCode()).isEqualTo(201);
        assertThat(lab.gus.upload("/api/projects/gus~guests/files", ServiceClient.repoFile("examples/peaks/model.yaml"),
                ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat")).statusCode()).isEqualTo(201);
        double alone = memberFitSeconds();

        // The first guest fit holds the one slot until the test cancels it: 20 more queue behind it.
        List<String> guests = new ArrayList<>();
        guests.add(start(lab.gus, "gus~guests", HOLD + "&minSpread=0"));
        lab.gus.awaitEvent("/api/runs/" + guests.get(0) + "/events", "progress", "\"runsRunning\":1");
        for (int i = 0; i < 20; i++) {
            guests.add(start(lab.gus, "gus~guests", GUEST_GENERATIONS));
        }
        for (String id : guests.subList(1, guests.size())) {
            assertThat(lab.gus.awaitEvent("/api/runs/" + id + "/events", "progress", "\"runsWaiting\":1"))
                    .as("guest fit %s waits for the slot", id).isNotNull();
        }
        long t0 = System.nanoTime();
        String member = start(lab.alice, Lab.PROJECT, MEMBER);
        assertThat(lab.alice.awaitEvent("/api/runs/" + member + "/events", "progress", "\"runsWaiting\":1")).isNotNull();
        lab.gus.postJson("/api/runs/" + guests.get(0) + "/cancel", "{}");
        // The slot freed: the member's fit, asked for last, holds it; every guest fit still waits.
        lab.alice.awaitEvent("/api/runs/" + member + "/events", "progress", "\"runsRunning\":1");
        List<String> states = new ArrayList<>();
        for (String id : guests.subList(1, guests.size())) {
            states.add(JSON.readTree(lab.gus.get("/api/runs/" + id).body()).path("status").asText());
        }
        assertThat(states).as("the 20 guest fits queued before the member's, when it has the slot").hasSize(20)
                .allMatch("queued"::equals);
        assertThat(lab.alice.awaitEvent("/api/runs/" + member + "/events", "done")).contains("succeeded");
        double behind = (System.nanoTime() - t0) / 1e9;
        System.out.printf("guest priority: a member's fit (peaks, 10000 generations) took %.2f s alone and %.2f s from its "
                + "start to its end with 20 guest fits (%d generations each) queued before it, the slot's guest fit cancelled "
                + "once it waited%n", alone, behind, GUEST_GENERATIONS);
        for (String id : guests) {
            lab.gus.postJson("/api/runs/" + id + "/cancel", "{}");
        }
    }

    /** Seconds from alice's start of a fit to its end. */
    private double memberFitSeconds() throws Exception {
        long t0 = System.nanoTime();
        String id = start(lab.alice, Lab.PROJECT, MEMBER);
        assertThat(lab.alice.awaitEvent("/api/runs/" + id + "/events", "done")).contains("succeeded");
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String start(User user, String project, Object generations) throws Exception {
        HttpResponse<String> r = user.postForm("/api/projects/" + project + "/runs", FIT + generations);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("id").asText();
    }
}
