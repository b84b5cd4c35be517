package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import org.evofit.dispatch.AwaitProgress;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.TestDatabase;
import org.evofit.server.AuthOptions;
import org.evofit.server.EvofitServer;
import org.evofit.server.Limits;
import org.evofit.server.RunOptions;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.UploadLimits;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.evofit.server.app.Service;
import org.evofit.server.limits.CpuClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a cluster ({@code --db}) a guest's fit goes into the workers' queue with the low priority and a member's with
 * the normal one: the run store's sweep of each says so (the workers' order by it is dispatch's
 * GuestPriorityClusterTest); the CPU time the workers recorded for an account's runs counts against its quota
 * (what a worker records is dispatch's WorkerCpuTest), and so do its sweeps waiting in the store, whichever service
 * submitted them. No worker runs here, so the fits stay queued.
 */
class ClusterGuestPriorityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIT = "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=20&seed=7";

    @TempDir
    Path data;

    @Test
    void aGuestsFitIsQueuedLowAndItsWorkersCpuTimeCountsAgainstItsQuota() throws Exception {
        try (TestDatabase t = TestDatabase.postgres(); EvofitServer server = serve(t, data.resolve("a"))) {
            User gus = new User(server.url(), "gus").signIn(Lab.PASSWORD);
            User alice = new User(server.url(), "alice").signIn(Lab.PASSWORD);
            String guests = project(gus, "peaks");
            String members = project(alice, "peaks");
            String guestSweep = clusterSweep(gus, start(gus, guests));
            String memberSweep = clusterSweep(alice, start(alice, members));
            try (Database db = Database.open(t.config(), 1)) {
                assertThat(priority(db, guestSweep)).isEqualTo(-1);
                assertThat(priority(db, memberSweep)).isEqualTo(0);
                // Each account's concurrent-runs, which the workers' pick applies (dispatch's OwnerRunLimitClusterTest).
                assertThat(maxRunning(db, "gus")).isEqualTo(1);
                assertThat(maxRunning(db, "alice")).isEqualTo(8);

                // What the workers metered counts against the owner's quota cpu-seconds-per-day (a guest's: 3600 s).
                String run = db.store().queue().runs(guestSweep).get(0).id();
                db.store().queue().addCpu(guestSweep, run, 3599);
                // A fit submitted now may use what is left of the quota: the workers stop it past that.
                assertThat(db.store().queue().cpuLeft(clusterSweep(gus, start(gus, guests)))).contains(1.0);
                assertThat(db.store().queue().cpuLeft(memberSweep)).contains(172_800.0);
                db.store().queue().addCpu(guestSweep, run, 2);
                HttpResponse<String> over = gus.postForm("/api/projects/" + guests + "/runs", FIT);
                assertThat(over.statusCode()).as(over.body()).isEqualTo(429);
                assertThat(over.body()).contains("over your quota cpu-seconds-per-day (guest)", "used 3601 CPU seconds");
                assertThat(start(alice, members)).as("another account's quota is its own").isNotBlank();
            }
        }
    }

    @Test
    void theQueuedRunsQuotaCountsTheAccountsSweepsWaitingInTheSharedStore() throws Exception {
        try (TestDatabase t = TestDatabase.postgres(); EvofitServer a = serve(t, data.resolve("a"));
             EvofitServer b = serve(t, data.resolve("b"))) {
            User onA = new User(a.url(), "gus").signIn(Lab.PASSWORD);
            User onB = new User(b.url(), "gus").signIn(Lab.PASSWORD);
            clusterSweep(onA, start(onA, project(onA, "peaks")));
            String there = project(onB, "peaks");
            clusterSweep(onB, start(onB, there));
            clusterSweep(onB, start(onB, there));
            // Service b holds two of gus's waiting fits, a the third: a guest may have 3 waiting.
            HttpResponse<String> over = onB.postForm("/api/projects/" + there + "/runs", FIT);
            assertThat(over.statusCode()).as(over.body()).isEqualTo(429);
            assertThat(over.body()).contains("over your quota queued-runs (guest): 3 of your fits and sweeps wait");
        }
    }

    /** A service requiring sign-in on the test's database, with a member alice and a guest gus. */
    private static EvofitServer serve(TestDatabase t, Path dir) {
        UserStore users = new UserStore(dir.resolve("service"), Clock.systemUTC());
        users.add("alice", Role.MEMBER, Lab.PASSWORD);
        users.add("gus", Role.GUEST, Lab.PASSWORD);
        return Service.start(new ServerOptions("127.0.0.1", 0, dir, t.config(), 1, UploadLimits.defaults(), RunOptions.defaults(),
                new AuthOptions(AuthOptions.Mode.REQUIRED, 5, Duration.ofMinutes(15)), Limits.defaults()), Clock.systemUTC(),
                CpuClock.THREAD);
    }

    private static String project(User user, String name) throws Exception {
        assertThat(user.postJson("/api/projects", "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);
        String id = user.name() + "~" + name;
        assertThat(user.upload("/api/projects/" + id + "/files", ServiceClient.repoFile("examples/peaks/model.yaml"),
                ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat")).statusCode()).isEqualTo(201);
        return id;
    }

    private static String start(User user, String project) throws Exception {
        HttpResponse<String> r = user.postForm("/api/projects/" + project + "/runs", FIT);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("id").asText();
    }

    /** The cluster sweep the service submitted the fit as, once its watcher has (it looks every second). */
    private static String clusterSweep(User user, String fit) throws Exception {
        AwaitProgress.until("fit " + fit + " is submitted to the cluster", () -> sweepOf(user, fit).isTextual(),
                () -> sweepOf(user, fit).toString(), () -> "");
        return sweepOf(user, fit).asText();
    }

    private static JsonNode sweepOf(User user, String fit) {
        try {
            return JSON.readTree(user.get("/api/runs/" + fit).body()).path("submission").path("clusterSweep");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int maxRunning(Database db, String owner) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT max_running FROM owner_limits WHERE owner = ?")) {
            st.setString(1, owner);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("the bound of " + owner + " in the store").isTrue();
                return rs.getInt(1);
            }
        }
    }

    private static int priority(Database db, String sweep) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT priority FROM sweeps WHERE id = ?")) {
            st.setString(1, sweep);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("sweep " + sweep + " in the store").isTrue();
                return rs.getInt(1);
            }
        }
    }
}
