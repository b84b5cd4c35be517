package org.evofit.server.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.evofit.core.de.GenerationListener;
import org.evofit.dispatch.LocalOptions;
import org.evofit.dispatch.LocalSweep;
import org.evofit.looper.FitSlots;
import org.evofit.looper.LogContext;
import org.evofit.looper.LoopReport;
import org.evofit.server.RequestIds;
import org.evofit.server.account.Role;
import org.evofit.server.Quotas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The embedded default: a pool of slots shared by every fit of every submission ({@link ServiceSlots}),
 * one fit per slot on one thread (results are bit-identical for any thread count, and slots never
 * oversubscribe the cores). A sweep's independent runs fan out over the free slots, its chained runs
 * one after another. Each submission is planned and followed on a thread of its own that fits nothing.
 * Closing interrupts the running and waiting fits, which checkpoint into their sweep's store; a
 * submission not ended resumes on the next start.
 */
final class EmbeddedRuns implements SubmissionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRuns.class);
    private static final long CLOSE_WAIT_SECONDS = 120;
    private static final long PUSH_MILLIS = 250;

    private final SubmissionStore store;
    private final java.time.Duration checkpointEvery;
    private final SubmissionRunner.Finisher finisher;
    private final int slotCount;
    private final ServiceSlots slots;
    private final ExecutorService submissions;
    private final ScheduledExecutorService pusher;
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final Quotas quotas;
    private final CpuBudgets budgets;
    private volatile boolean closing;

    EmbeddedRuns(SubmissionStore store, int slotCount, java.time.Duration checkpointEvery, SubmissionRunner.Finisher finisher,
                 Quotas quotas, CpuBudgets budgets) {
        this.store = store;
        this.quotas = quotas;
        this.budgets = budgets;
        this.checkpointEvery = checkpointEvery;
        this.finisher = finisher;
        this.slotCount = slotCount;
        this.slots = new ServiceSlots(slotCount);
        this.submissions = Executors.newCachedThreadPool(r -> new Thread(r, "evofit-submission"));
        this.pusher = Ticker.every("evofit-progress", PUSH_MILLIS, () -> Progress.pushAll(live.values()));
    }

    /** Queues the submission's fits for the slots (one a cluster runs is left to the cluster). */
    @Override
    public void start(Submission s) {
        if (s.clusterSweep() != null) {
            // Fitting it here too would fit it twice: it stays queued for a service with --db to follow.
            LOG.warn("{} {} was sent to the cluster as sweep {}: start serve with --db to follow it", s.kind(), s.id(),
                    s.clusterSweep());
            return;
        }
        Live l = live.computeIfAbsent(s.id(), Live::new);
        submissions.execute(() -> execute(s, l));
    }

    /** The account's submissions waiting for one of this service's slots. */
    @Override
    public int queued(String user) {
        return store.queuedCount(user);
    }

    @Override
    public Live live(String id) {
        return live.get(id);
    }

    /** Stops a submission: its fits are interrupted (they checkpoint) and it ends as cancelled. */
    @Override
    public void cancel(Submission s) {
        Live l = live.computeIfAbsent(s.id(), Live::new);
        l.cancelled = true;
        l.fitThreads.forEach(Thread::interrupt);
        if (l.status() == SubmissionStatus.QUEUED) {
            end(s, l, SubmissionStatus.CANCELLED, "cancelled before it started");
        }
    }

    /** Whose the submission's fits are: its account's quota of slots, and a guest's fits wait behind the others'. */
    private ServiceSlots.Claim claim(Submission s) {
        if (s.user() == null || s.role() == null) {
            return ServiceSlots.Claim.ANYONE;
        }
        return new ServiceSlots.Claim(s.user(), s.lowPriority(), quotas.of(Role.of(s.role())).concurrentRuns());
    }

    private void execute(Submission s, Live l) {
        if (closing || l.cancelled) {
            return;
        }
        MDC.put(RequestIds.MDC_KEY, s.requestId());
        try (LogContext sweep = LogContext.of(s.id(), null)) {
            LocalSweep plan = Starts.planned(store.folderOf(s.id()), s.id());
            int total = plan.runs().size();
            int[] done = {plan.done()};
            l.runs(done[0], total);
            LOG.info("{} {} of project {}: {} runs, {} done already", s.kind(), s.id(), s.project(), total, done[0]);
            boolean[] interrupted = {false};
            AtomicBoolean running = new AtomicBoolean();
            CpuBudgets.Metered metered = budgets.of(s);
            FitSlots fits = metered.around(slots.of(l, () -> closing || l.cancelled, claim(s), () -> {
                if (!running.getAndSet(true)) {
                    l.status(SubmissionStatus.RUNNING);
                    store.save(s.with(SubmissionStatus.RUNNING, null));
                }
            }));
            // As many of its fits wait for a slot as there are slots: it can fill every free one.
            LoopReport report = plan.run(new LocalOptions(slotCount, 1, checkpointEvery), fits, outcome -> {
                interrupted[0] |= outcome.interrupted();
                if (!outcome.interrupted()) {
                    l.runs(++done[0], total);
                }
            }, message -> LOG.warn("{} {}: {}", s.kind(), s.id(), message), spec -> metered.around(listener(l, spec.id()), spec.id()));
            if (l.cancelled) {
                if (l.status() != SubmissionStatus.CANCELLED) {
                    // Not cancelled while queued already (its thread may have been planning then).
                    end(s, l, SubmissionStatus.CANCELLED, "cancelled");
                }
            } else if (interrupted[0] || closing) {
                LOG.info("{} {} interrupted; it resumes from its checkpoints on the next start", s.kind(), s.id());
            } else {
                finisher.finished(s, plan.runs().stream().map(r -> r.id()).toList());
                String stop = metered.stopMessage(total);
                end(s, l, !report.allSucceeded() ? SubmissionStatus.FAILED
                        : stop != null ? SubmissionStatus.STOPPED : SubmissionStatus.SUCCEEDED,
                        report.allSucceeded() ? stop : report.failed() + " of " + report.total() + " runs failed");
            }
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", s.kind(), s.id(), e);
            end(s, l, SubmissionStatus.FAILED, Starts.failure(store.folderOf(s.id()), e));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private GenerationListener listener(Live l, String runId) {
        boolean[] first = {true};
        return report -> {
            if (first[0]) {
                first[0] = false;
                // A fresh fit reports generation 0 or 1 first; one resumed from a checkpoint goes on after it.
                if (report.generation() > 1) {
                    LOG.info("{}: run {} resumed from its checkpoint at generation {}", l.id, runId, report.generation() - 1);
                }
            }
            if (closing || l.cancelled) {
                // The fit saves its checkpoint at the end of this generation and stops.
                Thread.currentThread().interrupt();
            }
            l.generation(runId, report);
        };
    }

    private void end(Submission s, Live l, SubmissionStatus status, String message) {
        store.end(s, status, message);
        l.status(status);
    }

    /** Interrupts the running fits (they checkpoint) and waits for the submissions' threads to let go. */
    @Override
    public void close() {
        closing = true;
        live.values().forEach(l -> l.fitThreads.forEach(Thread::interrupt));
        submissions.shutdown();
        try {
            if (!submissions.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("fits still running after {} s; stopping without them", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The event streams end with the server that carried them; closing them here again looped in Javalin.
        pusher.shutdownNow();
    }
}
