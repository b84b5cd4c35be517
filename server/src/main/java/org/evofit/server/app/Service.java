package org.evofit.server.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.evofit.server.ApiDescription;
import org.evofit.server.AuthOptions;
import org.evofit.server.DataDirectory;
import org.evofit.server.EvofitServer;
import org.evofit.server.HealthCheck;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServerOptions;
import org.evofit.server.access.SignInFeature;
import org.evofit.server.account.UserStore;
import org.evofit.server.git.GitHosting;
import org.evofit.server.project.ProjectUploadHandoff;
import org.evofit.server.project.Projects;
import org.evofit.server.project.ProjectsFeature;
import org.evofit.server.project.ResumableUploadSection;
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
     * to sign in with is an IllegalArgumentException saying how to add one.
     */
    public static EvofitServer start(ServerOptions options) {
        DataDirectory unopened = new DataDirectory(options.data().toAbsolutePath().normalize());
        if (options.auth().mode() == AuthOptions.Mode.REQUIRED && users(unopened).isEmpty()) {
            throw new IllegalArgumentException("--auth required, but " + unopened.service().resolve(UserStore.FILE)
                    + " holds no account to sign in with: add one first with evofit users add NAME --role admin --data "
                    + options.data());
        }
        DataDirectory data = DataDirectory.open(options.data());
        return EvofitServer.start(options, features(options, data));
    }

    private static UserStore users(DataDirectory data) {
        return new UserStore(data.service(), Clock.systemUTC());
    }

    /** The features of the service on {@code data}. */
    static List<ServerFeature> features(ServerOptions options, DataDirectory data) {
        List<ServerFeature> features = new ArrayList<>();
        // First: its filter must see every request before the git URLs' filter, its handlers before the routes.
        features.add(new SignInFeature(users(data), options.auth(), Clock.systemUTC()));
        features.add(new HealthCheck());
        features.add(new ApiDescription());
        features.add(new GitHosting(data.projects()));
        Projects projects = new Projects(data);
        RunsFeature runs = new RunsFeature(projects, data, options);
        features.add(new ProjectsFeature(projects, data, options.uploads(), List.of(new ResumableUploadSection(), runs)));
        features.add(runs);
        features.add(new ResultRoutes(new ServiceRunDirectories(data.service().resolve("runs"))));
        features.add(new ResumableUploads(data.uploads(), new ProjectUploadHandoff(projects, data, options.uploads()),
                options.uploads().maxFileBytes(), ResumableUploads.DEFAULT_EXPIRY, Clock.systemUTC()));
        return features;
    }
}
