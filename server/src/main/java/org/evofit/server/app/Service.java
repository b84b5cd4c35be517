package org.evofit.server.app;

import java.time.Clock;
import org.evofit.server.limits.CpuClock;
import java.util.ArrayList;
import java.util.List;
import org.evofit.server.ApiDescription;
import org.evofit.server.AuthOptions;
import org.evofit.server.DataDirectory;
import org.evofit.server.EvofitServer;
import org.evofit.server.HealthCheck;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServerOptions;
import org.evofit.server.access.AccountFeature;
import org.evofit.server.admin.AccountsFeature;
import org.evofit.server.access.SignInFeature;
import org.evofit.server.account.UserStore;
import org.evofit.server.git.GitHosting;
import org.evofit.server.limits.AuditLog;
import org.evofit.server.limits.LimitsFeature;
import org.evofit.server.project.ProjectUploadHandoff;
import org.evofit.server.project.Projects;
import org.evofit.server.project.ProjectsFeature;
import org.evofit.server.project.ResumableUploadSection;
import org.evofit.server.sharing.ProjectGuard;
import org.evofit.server.sharing.OwnershipTransfer;
import org.evofit.server.sharing.SharingFeature;
import org.evofit.server.sharing.SharingStore;
import org.evofit.server.upload.ResumableUploads;
import org.evofit.server.run.RunsFeature;
import org.evofit.server.view.ResultRoutes;
import org.evofit.server.view.ServiceRunDirectories;

/**
 * The features {@code evofit serve} is made of, in the order they are configured (and closed in
 * reverse): this is the one place that assembles the service, for the command and for tests.
 */
public final class Service {

    private Service() {
    }

    /**
     * Opens the data directory and starts the whole service as the options say. Requiring sign-in with no account
     * to sign in with (and no OIDC issuer to make one) is an IllegalArgumentException saying how to add one.
     */
    public static EvofitServer start(ServerOptions options) {
        return start(options, Clock.systemUTC());
    }

    /** {@link #start(ServerOptions)} with the rate limits timed by {@code clock} (tests move it). */
    public static EvofitServer start(ServerOptions options, Clock clock) {
        return start(options, clock, CpuClock.THREAD);
    }

    /**
     * {@link #start(ServerOptions, Clock)} with each fit's CPU time, as the quota cpu-seconds-per-day counts it, read
     * from {@code cpu} (tests inject a clock that passes a budget at a generation they know).
     */
    public static EvofitServer start(ServerOptions options, Clock clock, CpuClock cpu) {
        DataDirectory unopened = new DataDirectory(options.data().toAbsolutePath().normalize());
        // With an OIDC issuer, people sign in through it and get accounts then: no local account is needed first.
        if (options.auth().mode() == AuthOptions.Mode.REQUIRED && options.auth().oidc() == null
                && users(unopened).isEmpty()) {
            throw new IllegalArgumentException("--auth required, but " + unopened.service().resolve(UserStore.FILE)
                    + " holds no account to sign in with: add one first with evofit users add NAME --role admin --data "
                    + options.data());
        }
        DataDirectory data = DataDirectory.open(options.data());
        return EvofitServer.start(options, features(options, data, clock, cpu));
    }

    private static UserStore users(DataDirectory data) {
        return new UserStore(data.service(), Clock.systemUTC());
    }

    /** The features of the service on {@code data}. */
    static List<ServerFeature> features(ServerOptions options, DataDirectory data, Clock clock, CpuClock cpu) {
        List<ServerFeature> features = new ArrayList<>();
        UserStore users = users(data);
        Projects projects = new Projects(data);
        RunsFeature runs = new RunsFeature(projects, data, options, clock, cpu);
        SharingStore sharing = new SharingStore(data.service());
        ServiceRunDirectories results = new ServiceRunDirectories(data.service().resolve("runs"));
        ProjectGuard guard = new ProjectGuard(projects, sharing, runs::projectOf, id -> results.submission(id).isPresent());
        SharingFeature shares = new SharingFeature(guard, sharing, users);
        // First: its filter must see every request before the git URLs' filter, its handlers before the routes;
        // then the guard, whose check of the project or run a path names comes before every route.
        features.add(new SignInFeature(users, options.auth(), Clock.systemUTC()));
        // Next: a request over a rate limit is refused before any route, and the audit log sees every answer.
        features.add(new LimitsFeature(options.limits(), data.projects(), sharing::ownedBy, new AuditLog(data.service()),
                clock));
        features.add(new AccountFeature(users, options.auth().oidc() == null ? null : options.auth().oidc().label()));
        features.add(new AccountsFeature(users));
        features.add(guard);
        features.add(new HealthCheck());
        features.add(new ApiDescription());
        features.add(new GitHosting(data.projects(), guard::visible));
        features.add(new ProjectsFeature(projects, data, options.uploads(),
                List.of(new ResumableUploadSection(), runs, shares), guard));
        features.add(runs);
        features.add(shares);
        features.add(new OwnershipTransfer(sharing, users));
        features.add(new ResultRoutes(results));
        features.add(new ResumableUploads(data.uploads(), new ProjectUploadHandoff(projects, data, options.uploads(), guard),
                options.uploads().maxFileBytes(), ResumableUploads.DEFAULT_EXPIRY, Clock.systemUTC()));
        return features;
    }
}
