package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A worker's slot threads, without a store: what they claim comes from a queue the test fills. */
class SlotsTest {

    @Test
    void aRunWhoseEndCannotBeWrittenDoesNotTakeItsSlotWithIt() throws Exception {
        Deque<RunClaims.Claimed> queue = new ArrayDeque<>(List.of(claim("r1"), claim("r2")));
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch second = new CountDownLatch(1);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        EventLog log = EventLog.to(new PrintStream(err, true, StandardCharsets.UTF_8), null);
        Slots slots = new Slots(1, () -> Optional.ofNullable(poll(queue)), c -> {
            ran.add(c.lease().run());
            if (c.lease().run().equals("r1")) {
                throw new IllegalStateException("the store went away while handing r1 back");
            }
            second.countDown();
            return Optional.empty();
        }, log, "w1");
        slots.start();
        try {
            assertThat(second.await(2, TimeUnit.MINUTES)).as("the one slot claims again after r1's failure").isTrue();
        } finally {
            slots.stop();
            assertThat(slots.awaitEnded(System.nanoTime() + TimeUnit.MINUTES.toNanos(1))).isTrue();
        }
        assertThat(ran).containsExactly("r1", "r2");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("error").contains("r1").contains("the store went away while handing r1 back");
    }

    @Test
    void idleSlotsEndWhenStopped() throws Exception {
        CountDownLatch looked = new CountDownLatch(2);
        Slots slots = new Slots(2, () -> {
            looked.countDown();
            return Optional.empty();
        }, c -> Optional.empty(), EventLog.NONE, "w1");
        slots.start();
        assertThat(looked.await(2, TimeUnit.MINUTES)).isTrue();
        slots.stop();
        assertThat(slots.awaitEnded(System.nanoTime() + TimeUnit.MINUTES.toNanos(1))).isTrue();
    }

    @Test
    void aSlotGoesOnWithTheRunClaimedAsItsLastEndedAndHandsItToRunWhenStopping() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch inR2 = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Slots slots = new Slots(1, () -> {
            asked.add("claim");
            return asked.size() == 1 ? Optional.of(claim("r1")) : Optional.empty();
        }, c -> {
            ran.add(c.lease().run());
            switch (c.lease().run()) {
                case "r1":
                    return Optional.of(claim("r2"));
                case "r2":
                    inR2.countDown();
                    await(stopped);
                    // Recorded as the worker stopped: the run claimed with it is handed back by the worker's run.
                    return Optional.of(claim("r3"));
                default:
                    return Optional.empty();
            }
        }, EventLog.NONE, "w1");
        slots.start();
        assertThat(inR2.await(2, TimeUnit.MINUTES)).isTrue();
        slots.stop();
        stopped.countDown();
        assertThat(slots.awaitEnded(System.nanoTime() + TimeUnit.MINUTES.toNanos(1))).isTrue();
        assertThat(ran).containsExactly("r1", "r2", "r3");
        assertThat(asked).as("r2 came with r1's end, not from a claim of its own").containsExactly("claim");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RunClaims.Claimed poll(Deque<RunClaims.Claimed> queue) {
        synchronized (queue) {
            return queue.poll();
        }
    }

    private static RunClaims.Claimed claim(String run) {
        return new RunClaims.Claimed(new Lease("s1", run, "token-" + run, "w1", 1), false, null);
    }
}
