package org.evofit.server.git;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.function.BiPredicate;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.evofit.server.ServerFeature;

/**
 * Read-only git over HTTP for every project: {@code git clone http://HOST/projects/NAME.git}. The
 * filter is put on Jetty's servlet context in front of Javalin (JGit's layer is a servlet filter, not a
 * Javalin handler), on {@code /projects/*} only, where it takes git's requests and passes the pages on.
 */
public final class GitHosting implements ServerFeature {

    private final Path projects;
    private final BiPredicate<HttpServletRequest, String> visible;

    /**
     * Serves the repositories of the projects under {@code projects} (the data directory's {@code projects/}) that
     * {@code visible} says the request's requester may see; the others are answered as projects that do not exist.
     */
    public GitHosting(Path projects, BiPredicate<HttpServletRequest, String> visible) {
        this.projects = projects;
        this.visible = visible;
    }

    @Override
    public void configure(JavalinConfig config) {
        ReadOnlyGitFilter filter = new ReadOnlyGitFilter(new ProjectRepositories(projects), visible);
        config.jetty.modifyServletContextHandler(context -> context.addFilter(new FilterHolder(filter),
                ReadOnlyGitFilter.MOUNT + "/*", EnumSet.of(DispatcherType.REQUEST)));
    }
}
