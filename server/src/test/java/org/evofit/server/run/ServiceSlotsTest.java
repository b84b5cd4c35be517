package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.evofit.looper.FitSlots;
import org.evofit.looper.RunOutcome;
import org.evofit.looper.RunSpec;
import org.junit.jupiter.api.Test;

/**
 * The service's slot gate with fits that block until told: no more fits at once than slots, waiting
 * fits served in the order they asked (a member's before guests'), and a stopping submission's waiting fits never
 * started.
 */
class ServiceSlotsTest {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<String> startOrder = new CopyOnWriteArrayList<>();

    private static RunSpec spec(String id) {
        return new RunSpec(id, Path.of("model.yaml"), null, new TreeMap<>(), 1, new TreeMap<>());
    }

    /** A fit that counts itself running, waits for {@code release} and succeeds. */
    private RunOutcome fit(String id, CountDownLatch entered, CountDownLatch release) {
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        startOrder.add(id);
        entered.countDown();
        try {
            assertThat(release.await(30, TimeUnit.SECONDS)).as(id + " released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
        return RunOutcome.succeeded(spec(id), 1.0, List.of());
    }

    private CompletableFuture<RunOutcome> submit(FitSlots gate, String id, CountDownLatch entered, CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> gate.run(spec(id), () -> fit(id, entered, release)), r -> new Thread(r, id).start());
    }

    /** Waits until {@code live} lists {@code n} threads, each parked waiting for a slot or in a fit. */
    private static void awaitWaiting(Live live, int n) throws InterruptedException {
        while (live.fitThreads.size() < n || !live.fitThreads.stream().allMatch(t -> t.getState() == Thread.State.WAITING
                || t.getState() == Thread.State.TIMED_WAITING)) {
            Thread.sleep(1);
        }
    }

    @Test
    void withOneSlotFitsRunOneAtATimeInTheOrderTheyAsked() throws Exception {
        ServiceSlots slots = new ServiceSlots(1);
        Live sweep = new Live("sweep");
        Live single = new Live("single");
        FitSlots sweepGate = slots.of(sweep, () -> false, () -> { });
        FitSlots singleGate = slots.of(single, () -> false, () -> { });
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch releaseAll = new CountDownLatch(1);
        CountDownLatch any = new CountDownLatch(3);

        CompletableFuture<RunOutcome> first = submit(sweepGate, "sweep-1", firstIn, releaseAll);
        assertThat(firstIn.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<RunOutcome> lone = submit(singleGate, "single", any, releaseAll);
        awaitWaiting(single, 1);
        // The sweep's next fit asks after the single fit: it waits behind it.
        CompletableFuture<RunOutcome> second = submit(sweepGate, "sweep-2", any, releaseAll);
        awaitWaiting(sweep, 2);
        assertThat(startOrder).containsExactly("sweep-1");

        releaseAll.countDown();
        CompletableFuture.allOf(first, lone, second).get(30, TimeUnit.SECONDS);
        assertThat(startOrder).containsExactly("sweep-1", "single", "sweep-2");
        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(sweep.fitThreads).as("threads let go after their fits").isEmpty();
    }

    @Test
    void aMembersFitStartsBeforeTheGuestFitsQueuedEarlier() throws Exception {
        ServiceSlots slots = new ServiceSlots(1);
        Live guests = new Live("guests");
        Live member = new Live("member");
        FitSlots guestGate = slots.of(guests, () -> false, new ServiceSlots.Claim("gus", true, Long.MAX_VALUE), () -> { });
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<RunOutcome>> fits = new java.util.ArrayList<>();
        fits.add(submit(guestGate, "guest-0", firstIn, release));
        assertThat(firstIn.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 20; i++) {
            fits.add(submit(guestGate, "guest-" + i, new CountDownLatch(1), release));
            awaitWaiting(guests, i + 1);
        }
        assertThat(slots.waiting()).isEqualTo(20);
        fits.add(submit(slots.of(member, () -> false, () -> { }), "member", new CountDownLatch(1), release));
        awaitWaiting(member, 1);
        assertThat(slots.waiting()).isEqualTo(21);

        release.countDown();
        CompletableFuture.allOf(fits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(startOrder).as("the running guest fit keeps its slot; then the member's, then the guests' in order")
                .startsWith("guest-0", "member", "guest-1", "guest-2").hasSize(22).endsWith("guest-19", "guest-20");
        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void anAccountAtItsConcurrentQuotaWaitsWhileAnotherTakesTheFreeSlot() throws Exception {
        ServiceSlots slots = new ServiceSlots(2);
        Live gus = new Live("gus");
        Live alice = new Live("alice");
        FitSlots gusGate = slots.of(gus, () -> false, new ServiceSlots.Claim("gus", true, 1), () -> { });
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<RunOutcome> first = submit(gusGate, "gus-1", firstIn, release);
        assertThat(firstIn.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<RunOutcome> second = submit(gusGate, "gus-2", new CountDownLatch(1), release);
        awaitWaiting(gus, 2);
        assertThat(slots.waiting()).as("gus's second fit waits although a slot is free").isEqualTo(1);
        CountDownLatch aliceIn = new CountDownLatch(1);
        CompletableFuture<RunOutcome> hers = submit(slots.of(alice, () -> false, new ServiceSlots.Claim("alice", false, 1),
                () -> { }), "alice-1", aliceIn, release);
        assertThat(aliceIn.await(30, TimeUnit.SECONDS)).as("alice takes the free slot").isTrue();
        assertThat(startOrder).containsExactly("gus-1", "alice-1");

        release.countDown();
        CompletableFuture.allOf(first, second, hers).get(30, TimeUnit.SECONDS);
        assertThat(startOrder).containsExactly("gus-1", "alice-1", "gus-2");
    }

    @Test
    void withTwoSlotsTwoFitsRunAtOnceAndTheThirdWaits() throws Exception {
        ServiceSlots slots = new ServiceSlots(2);
        Live sweep = new Live("sweep");
        FitSlots gate = slots.of(sweep, () -> false, () -> { });
        CountDownLatch twoIn = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<RunOutcome>> fits = List.of(submit(gate, "a", twoIn, release), submit(gate, "b", twoIn, release));
        assertThat(twoIn.await(30, TimeUnit.SECONDS)).as("both fits running at the same moment").isTrue();
        assertThat(sweep.snapshot().get("runsRunning")).isEqualTo(2);
        CompletableFuture<RunOutcome> third = submit(gate, "c", new CountDownLatch(1), release);
        awaitWaiting(sweep, 3);
        assertThat(startOrder).containsExactlyInAnyOrder("a", "b");
        release.countDown();
        third.get(30, TimeUnit.SECONDS);
        for (CompletableFuture<RunOutcome> f : fits) {
            assertThat(f.get(30, TimeUnit.SECONDS).ok()).isTrue();
        }
        assertThat(mostAtOnce.get()).isEqualTo(2);
        assertThat(sweep.snapshot().get("runsRunning")).isEqualTo(0);
    }

    @Test
    void aCancelledSubmissionsWaitingFitEndsInterruptedWithoutFitting() throws Exception {
        ServiceSlots slots = new ServiceSlots(1);
        Live other = new Live("other");
        Live cancelled = new Live("cancelled");
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch otherIn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<RunOutcome> holder = submit(slots.of(other, () -> false, () -> { }), "other", otherIn, release);
        assertThat(otherIn.await(30, TimeUnit.SECONDS)).isTrue();
        FitSlots gate = slots.of(cancelled, stopping::get, () -> { });
        CompletableFuture<RunOutcome> waiting = submit(gate, "waiting", new CountDownLatch(1), release);
        awaitWaiting(cancelled, 1);

        // What EmbeddedRuns.cancel does.
        stopping.set(true);
        cancelled.fitThreads.forEach(Thread::interrupt);
        assertThat(waiting.get(30, TimeUnit.SECONDS).interrupted()).isTrue();
        assertThat(gate.run(spec("later"), () -> fit("later", new CountDownLatch(1), release)).interrupted()).isTrue();
        release.countDown();
        assertThat(holder.get(30, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(startOrder).containsExactly("other");
        assertThat(cancelled.fitThreads).isEmpty();
    }
}
