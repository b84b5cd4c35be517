package org.evofit.server.sharing;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServiceException;
import org.evofit.server.access.Access;
import org.evofit.server.access.Requester;
import org.evofit.server.account.Role;
import org.evofit.server.project.Project;
import org.evofit.server.project.ProjectAccess;
import org.evofit.server.project.Projects;

/**
 * Checks, before any page or API route answers, every path that names a project ({@code /projects/P/...},
 * {@code /api/projects/P/...}) or a run or sweep ({@code /runs/ID}, {@code /sweeps/ID}, {@code /api/runs/ID/...},
 * {@code /api/sweeps/ID/...}: the run's project counts): reading needs {@link Level#READ}, anything but GET, HEAD
 * and OPTIONS {@link Level#WRITE}. A project or run the requester may not see is answered exactly as one that does
 * not exist (404, the same words), never 403, which would say that it exists; one they may read but not change is
 * 403. Checking paths here rather than in each route means a route added later is guarded without knowing it
 * (SecuritySuiteTest tries every route). The git URLs, which a servlet filter answers before this, ask
 * {@link #visible(HttpServletRequest, String)}.
 */
public final class ProjectGuard implements ServerFeature, ProjectAccess {

    private static final Pattern PROJECT_PATH = Pattern.compile("/(?:api/)?projects/([^/]+)(?:/.*)?");
    private static final Pattern RUN_PATH = Pattern.compile("/(?:api/)?(?:runs|sweeps)/([^/]+)(?:/.*)?");
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final Projects projects;
    private final SharingStore store;
    private final Function<String, Optional<String>> projectOfRun;
    private final Predicate<String> runFolder;

    /**
     * @param projectOfRun the project a run or sweep id was started from, or empty for an id that names no
     *                     submission the service made
     * @param runFolder    whether an id names a folder of run results at all (results put there by other means
     *                     than a submission, which have no project, are left to the result routes)
     */
    public ProjectGuard(Projects projects, SharingStore store, Function<String, Optional<String>> projectOfRun,
                        Predicate<String> runFolder) {
        this.projects = projects;
        this.store = store;
        this.projectOfRun = projectOfRun;
        this.runFolder = runFolder;
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.before(this::guard);
    }

    private void guard(Context ctx) {
        Level needed = READING.contains(ctx.method().name()) ? Level.READ : Level.WRITE;
        Matcher project = PROJECT_PATH.matcher(ctx.path());
        if (project.matches() && !project.group(1).endsWith(".git")) {
            String name = project.group(1);
            // What does not exist is refused first, in the words the routes use, so that the refusal of what
            // exists but is not visible is the same answer.
            projects.get(name);
            require(Access.requester(ctx), name, needed, "no project " + name);
            return;
        }
        Matcher run = RUN_PATH.matcher(ctx.path());
        if (run.matches()) {
            // Refused here whether it does not exist or may not be seen, so both answers are one (the live
            // progress stream, say, would otherwise answer a missing id in its own way).
            String id = run.group(1);
            String notFound = "no run or sweep " + id;
            Optional<String> of = projectOfRun.apply(id);
            if (of.isPresent()) {
                require(Access.requester(ctx), of.get(), needed, notFound);
            } else if (!runFolder.test(id)) {
                throw ServiceException.notFound(notFound);
            }
        }
    }

    private void require(Requester requester, String project, Level needed, String notFound) {
        Level level = levelOf(requester, project);
        if (!level.atLeast(Level.READ)) {
            throw ServiceException.notFound(notFound);
        }
        if (!level.atLeast(needed)) {
            throw new ServiceException(403, "project " + project + " is shared with you read-only: only its owner "
                    + "and those it is shared with for writing may change it");
        }
    }

    /** What {@code requester} may do with project {@code project}. */
    Level levelOf(Requester requester, String project) {
        return store.of(project).levelOf(requester);
    }

    /** Whether the requester of a git request may see project {@code project}. */
    public boolean visible(HttpServletRequest req, String project) {
        return levelOf(Access.requester(req), project).atLeast(Level.READ);
    }

    @Override
    public boolean visible(Context ctx, String project) {
        return levelOf(Access.requester(ctx), project).atLeast(Level.READ);
    }

    @Override
    public String owner(Context ctx) {
        return Access.requester(ctx).user();
    }

    @Override
    public void created(Context ctx, Project project) {
        String user = owner(ctx);
        store.save(project.name(), user == null ? Sharing.UNOWNED : Sharing.ownedBy(user));
    }

    @Override
    public void checkScripts(Context ctx, Collection<String> scripts) {
        Requester requester = Access.requester(ctx);
        if (scripts.isEmpty() || requester.scripts()) {
            return;
        }
        String names = String.join(", ", scripts);
        throw new ServiceException(403, requester.role() == Role.GUEST
                ? "model scripts (.java) are Java code the service compiles and runs, so guests may not upload them ("
                        + names + " refused): write the model as a model file (YAML) instead"
                : "model scripts (.java) are Java code the service compiles and runs, so only an admin may allow an "
                        + "account to upload them (evofit users scripts " + requester.user() + " on); " + names
                        + " refused: ask an admin, or write the model as a model file (YAML)");
    }
}
