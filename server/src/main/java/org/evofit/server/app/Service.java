package org.evofit.server.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.evofit.server.ApiDescription;
import org.evofit.server.DataDirectory;
import org.evofit.server.EvofitServer;
import org.evofit.server.HealthCheck;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServerOptions;
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

    /** Opens the data directory and starts the whole service as the options say. */
    public static EvofitServer start(ServerOptions options) {
        DataDirectory data = DataDirectory.open(options.data());
        return EvofitServer.start(options, features(options, data));
    }

    /** The features of the service on {@code data}. */
    static List<ServerFeature> features(ServerOptions options, DataDirectory data) {
        List<ServerFeature> features = new ArrayList<>();
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
