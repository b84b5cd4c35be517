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
        }, c -> { }, EventLog.NONE, "w1");
        slots.start();
        assertThat(looked.await(2, TimeUnit.MINUTES)).isTrue();
        slots.stop();
        assertThat(slots.awaitEnded(System.nanoTime() + TimeUnit.MINUTES.toNanos(1))).isTrue();
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
