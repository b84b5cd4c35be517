package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.evofit.server.AuthOptions;
import org.evofit.server.EvofitServer;
import org.evofit.server.RunOptions;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.UploadLimits;
import org.evofit.server.account.Role;
import org.evofit.server.account.UserStore;
import org.evofit.server.app.Service;
import org.evofit.server.Limits;
import org.evofit.server.limits.CpuClock;

/**
 * A service requiring sign-in with four accounts: alice and bob (members), gus (a guest) and root (an admin).
 * Alice owns project {@value #NAME} (id {@value #PROJECT}) holding the peaks example, and a finished fit of it.
 */
final class Lab implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    /** The name alice gave her project. */
    static final String NAME = "secret";
    /** Its id: names are per owner. */
    static final String PROJECT = "alice~" + NAME;

    private static final ObjectMapper JSON = new ObjectMapper();

    final Path data;
    final EvofitServer server;
    final User alice;
    final User bob;
    final User gus;
    final User root;
    final User anonymous;
    /** Alice's fit. */
    final String fit;

    Lab(Path data) throws Exception {
        this(data, Limits.defaults(), Clock.systemUTC());
    }

    /** The lab with {@code limits}, its rate limits timed by {@code clock}. */
    Lab(Path data, Limits limits, Clock clock) throws Exception {
        this(data, limits, clock, CpuClock.THREAD);
    }

    /** The lab with {@code limits}, timed by {@code clock}, each fit's CPU time read from {@code cpu}. */
    Lab(Path data, Limits limits, Clock clock, CpuClock cpu) throws Exception {
        this(data, limits, clock, cpu, UploadLimits.defaults());
    }

    /** The lab with its uploads held to {@code uploads}. */
    Lab(Path data, UploadLimits uploads) throws Exception {
        this(data, Limits.defaults(), Clock.systemUTC(), CpuClock.THREAD, uploads);
    }

    private Lab(Path data, Limits limits, Clock clock, CpuClock cpu, UploadLimits uploads) throws Exception {
        this.data = data;
        UserStore users = new UserStore(data.resolve("service"), Clock.systemUTC());
        users.add("alice", Role.MEMBER, PASSWORD);
        users.add("bob", Role.MEMBER, PASSWORD);
        users.add("gus", Role.GUEST, PASSWORD);
        users.add("root", Role.ADMIN, PASSWORD);
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1, uploads,
                RunOptions.defaults(), new AuthOptions(AuthOptions.Mode.REQUIRED, 5, Duration.ofMinutes(15)), limits), clock, cpu);
        alice = new User(server.url(), "alice").signIn(PASSWORD);
        bob = new User(server.url(), "bob").signIn(PASSWORD);
        gus = new User(server.url(), "gus").signIn(PASSWORD);
        root = new User(server.url(), "root").signIn(PASSWORD);
        anonymous = new User(server.url(), "nobody");
        assertThat(alice.postJson("/api/projects", "{\"name\":\"" + NAME + "\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> up = alice.upload("/api/projects/" + PROJECT + "/files",
                ServiceClient.repoFile("examples/peaks/model.yaml"), ServiceClient.repoFile("examples/peaks/peakfit_gauss.dat"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        HttpResponse<String> start = alice.postForm("/api/projects/" + PROJECT + "/runs",
                "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=20&seed=7");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(201);
        fit = JSON.readTree(start.body()).get("id").asText();
        assertThat(alice.awaitEvent("/api/runs/" + fit + "/events", "done")).as("alice's fit ends").isNotNull();
    }

    /** The id of the fit's only run (its folder under the submission's runs/). */
    String runOfFit() throws Exception {
        try (Stream<Path> runs = Files.list(data.resolve("service/runs").resolve(fit).resolve("runs"))) {
            return runs.findFirst().orElseThrow().getFileName().toString();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
