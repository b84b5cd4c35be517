package org.evofit.server.run;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.evofit.server.DataDirectory;
import org.evofit.server.Html;
import org.evofit.server.RequestIds;
import org.evofit.server.ServerFeature;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceException;
import org.evofit.server.access.Access;
import org.evofit.server.access.Requester;
import org.evofit.server.account.Role;
import org.evofit.server.Quota;
import org.evofit.server.Quotas;
import org.evofit.server.limits.CpuClock;
import org.evofit.server.limits.CpuLedger;
import org.evofit.server.project.Project;
import org.evofit.server.project.ProjectSection;
import org.evofit.server.project.Projects;
import org.evofit.server.view.ResultsView;
import org.evofit.server.view.RunErrors;
import org.evofit.server.view.RunWarnings;
import org.evofit.server.view.SweepView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs: start a fit or a sweep from a project ({@code POST /projects/P/runs}, {@code POST /api/projects/P/runs}),
 * follow it ({@code /runs/ID}, {@code /sweeps/ID}, {@code /api/runs/ID}, live {@code /api/runs/ID/events}),
 * cancel it. On start, the submissions a previous process left unfinished resume.
 */
public final class RunsFeature implements ServerFeature, ProjectSection {

    private static final Logger LOG = LoggerFactory.getLogger(RunsFeature.class);
    // A guess a client can act on: queued fits here take seconds to minutes.
    private static final long RETRY_AFTER_SECONDS = 30;

    private final Projects projects;
    private final SubmissionStore store;
    private final RunWarnings warnings;
    private final RunErrors errors;
    private final SubmissionRunner runner;
    private final int maxQueued;
    private final Quotas quotas;
    private final CpuBudgets budgets;
    // A start's count of the waiting submissions and its own queuing are one step, so two at once cannot pass the bound.
    private final Object startLock = new Object();

    /**
     * Runs of {@code projects}, kept under {@code data}'s {@code service/runs/}: on the cluster of the options'
     * database when they name one, else on their number of local slots; at most {@code options.runs().maxQueued()}
     * wait.
     */
    public RunsFeature(Projects projects, DataDirectory data, ServerOptions options) {
        this(projects, data, options, Clock.systemUTC(), CpuClock.THREAD);
    }

    /**
     * As {@link #RunsFeature(Projects, DataDirectory, ServerOptions)}, the quota cpu-seconds-per-day's window timed
     * by {@code clock} and each fit's CPU time read from {@code cpu} on its thread (tests inject both).
     */
    public RunsFeature(Projects projects, DataDirectory data, ServerOptions options, Clock clock, CpuClock cpu) {
        this.projects = projects;
        this.store = new SubmissionStore(data.service().resolve("runs"));
        this.warnings = new RunWarnings(store);
        this.errors = new RunErrors(store);
        this.maxQueued = options.runs().maxQueued();
        this.quotas = options.limits().quotas();
        if (options.clustered()) {
            // The budget is read as each submission goes to the cluster, once the ledger below exists.
            ClusterRuns cluster = new ClusterRuns(store, options.db(), this::archive, this::cpuLeft, this::maxRunning);
            // The workers meter the fits: their uses in the shared store count against the quota.
            this.budgets = new CpuBudgets(new CpuLedger(data.service(), clock, cluster::cpuUses), cpu, quotas, clock);
            this.runner = cluster;
        } else {
            this.budgets = new CpuBudgets(new CpuLedger(data.service(), clock), cpu, quotas, clock);
            this.runner = new EmbeddedRuns(store, options.slots(), options.runs().checkpointEvery(), this::archive,
                    options.limits().quotas(), budgets);
        }
        resume();
    }

    /** What is left of the quota cpu-seconds-per-day of submission {@code s}'s account (its budget on the workers). */
    private Double cpuLeft(Submission s) {
        return budgets.left(s);
    }

    /** How many runs submission {@code s}'s account may hold on the workers at once (its concurrent-runs); null: no bound. */
    private Integer maxRunning(Submission s) {
        if (s.user() == null || s.role() == null) {
            return null;
        }
        return (int) Math.min(Integer.MAX_VALUE, quotas.of(Role.of(s.role())).concurrentRuns());
    }

    /** Where the service keeps submission {@code id}'s files (its LocalSweep output directory), if it exists. */
    public Optional<Path> submission(String id) {
        return store.folder(id);
    }

    /** The project submission {@code id} was started from, or empty when no submission has that id. */
    public Optional<String> projectOf(String id) {
        return store.folder(id).map(dir -> store.get(id).project());
    }

    @Override
    public void configure(JavalinConfig config) {
        config.routes.post("/projects/{p}/runs", ctx -> ctx.redirect(start(ctx).url()));
        config.routes.post("/api/projects/{p}/runs", ctx -> {
            Submission s = start(ctx);
            ctx.status(201).header("Location", (Submission.SWEEP.equals(s.kind()) ? "/api/sweeps/" : "/api/runs/") + s.id()).json(s);
        });
        config.routes.get("/api/projects/{p}/runs", ctx -> ctx.json(ofProject(projects.get(ctx.pathParam("p")))));
        config.routes.get("/api/runs/{id}", ctx -> ctx.json(status(ctx.pathParam("id"))));
        config.routes.get("/api/sweeps/{id}", ctx -> ctx.json(sweepStatus(ctx.pathParam("id"))));
        // The path GUIDE documented before /api/sweeps/{id}; kept so scripts written from it still work.
        config.routes.get("/api/sweeps/{id}/status", ctx -> ctx.json(sweepStatus(ctx.pathParam("id"))));
        config.routes.sse("/api/runs/{id}/events", client -> {
            Submission s = store.get(client.ctx().pathParam("id"));
            Progress.listen(client, s, runner.live(s.id()));
        });
        config.routes.post("/api/runs/{id}/cancel", ctx -> ctx.json(cancel(ctx.pathParam("id"))));
        config.routes.post("/runs/{id}/cancel", ctx -> ctx.redirect(cancel(ctx.pathParam("id")).url()));
        config.routes.get("/runs/{id}", this::page);
        config.routes.get("/sweeps/{id}", this::page);
        config.routes.get("/sweeps/{id}/runs/{runId}", ctx -> {
            Submission s = store.get(ctx.pathParam("id"));
            ctx.html(Html.page("run " + ctx.pathParam("runId") + " of sweep " + s.id(), Html.SCRIPTS
                    + SweepView.run(store, s.id(), ctx.pathParam("runId"), s.requestId())));
        });
    }

    private void page(Context ctx) {
        Submission s = store.get(ctx.pathParam("id"));
        String results = Submission.SWEEP.equals(s.kind())
                ? SweepView.html(store.folderOf(s.id()), s.id())
                : ResultsView.ofFit(store, s.id(), s.requestId());
        ctx.html(RunPages.submission(s, liveState(ctx), results));
    }

    private Submission start(Context ctx) {
        Project project = projects.get(ctx.pathParam("p"));
        StartRequest request = StartRequest.from(ctx);
        Requester by = Access.requester(ctx);
        // The single user of a service without sign-in has no quota; every account has its role's.
        Quota quota = by.user() != null ? quotas.of(by.role()) : null;
        Submission s;
        synchronized (startLock) {
            int queued = store.queuedCount();
            if (queued >= maxQueued) {
                throw ServiceException.later(queued + " fits and sweeps are waiting for a slot, the most this service "
                        + "queues (--max-queued " + maxQueued + "); start this one when some have run", RETRY_AFTER_SECONDS);
            }
            int mine = quota != null ? runner.queued(by.user()) : 0;
            if (quota != null && mine >= quota.queuedRuns()) {
                throw ServiceException.later("over your quota queued-runs (" + by.role().key() + "): " + mine + " of your "
                        + "fits and sweeps wait for a slot, the most a " + by.role().key() + " may have waiting; start this "
                        + "one when one of them has started", RETRY_AFTER_SECONDS);
            }
            if (quota != null) {
                budgets.check(by.user(), by.role());
            }
            s = Starts.create(store, project, request, RequestIds.of(ctx), by, quota);
        }
        LOG.info("{} {} of project {} queued: {} on {}", s.kind(), s.id(), s.project(), s.model(), s.dataText());
        runner.start(s);
        return s;
    }

    private Submission cancel(String id) {
        Submission s = store.get(id);
        if (s.status().ended()) {
            throw ServiceException.conflict(s.kind() + " " + id + " has ended already (" + s.status().label() + ")");
        }
        runner.cancel(s);
        return store.get(id);
    }

    private java.util.Map<String, Object> status(String id) {
        Submission s = store.get(id);
        Live live = runner.live(id);
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>(live != null ? live.snapshot() : Progress.stored(s));
        out.put("status", s.status().label());
        // Only a run that left data out says so: the answer of one without warnings is as it was.
        if (Submission.SWEEP.equals(s.kind())) {
            java.util.Map<String, List<String>> byRun = warnings.ofSweep(id);
            if (!byRun.isEmpty()) {
                out.put("runWarnings", byRun);
            }
            java.util.Map<String, String> failed = errors.ofSweep(id);
            if (!failed.isEmpty()) {
                out.put("runErrors", failed);
            }
        } else {
            List<String> ofFit = warnings.ofFit(id);
            if (!ofFit.isEmpty()) {
                out.put("warnings", ofFit);
            }
            errors.ofFit(id).ifPresent(error -> out.put("error", error));
        }
        out.put("submission", s);
        return out;
    }

    private java.util.Map<String, Object> sweepStatus(String id) {
        if (!Submission.SWEEP.equals(store.get(id).kind())) {
            throw ServiceException.notFound("no sweep " + id + " (it is a fit: /api/runs/" + id + ")");
        }
        return status(id);
    }

    private java.util.Map<String, Object> liveState(Context ctx) {
        Live live = runner.live(ctx.pathParam("id"));
        return live != null ? live.snapshot() : java.util.Map.of();
    }

    private List<Submission> ofProject(Project project) {
        return store.all().stream().filter(s -> s.project().equals(project.name())).toList();
    }

    private void archive(Submission s, List<String> runIds) {
        Starts.archive(projects.get(s.project()), s, store.folderOf(s.id()), runIds);
    }

    private void resume() {
        List<Submission> all = new java.util.ArrayList<>(store.all());
        java.util.Collections.reverse(all);
        // Oldest first: they were waiting longest.
        for (Submission s : all) {
            if (!s.status().ended()) {
                LOG.info("{} {} of project {} resumes{}", s.kind(), s.id(), s.project(),
                        s.clusterSweep() == null ? "" : " (cluster sweep " + s.clusterSweep() + ")");
                runner.start(s);
            }
        }
    }

    @Override
    public String projectHtml(Project project) {
        return RunPages.projectRuns(project, ofProject(project));
    }

    @Override
    public void close() {
        runner.close();
    }
}
