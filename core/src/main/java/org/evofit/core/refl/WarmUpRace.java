package org.evofit.core.refl;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.evofit.core.optim.HelperCpu;

/**
 * A background race of a vector kernel against the scalar one whose bits it gives, run once per JVM on a daemon
 * thread, whose outcome says whether fits should switch to the vector kernel: {@link VectorWarmUp} for the
 * unpolarised kernel, {@link MagneticWarmUp} for the magnetic one (see the former for why). Rounds run until
 * the vector kernel is the faster in {@value #WINS_NEEDED} rounds running, or give up after
 * {@value #MAX_ROUNDS} (a JVM without the optimising compiler). Their CPU time, seconds of it under load, is
 * charged round by round to the fit that started the race ({@link HelperCpu}), so that fit's quota and budget
 * count it as they count the fit's other helper threads.
 */
final class WarmUpRace {

    static final int MAX_ROUNDS = 20_000;
    static final int WINS_NEEDED = 3;

    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean vectorFaster;

    private WarmUpRace() {
    }

    /**
     * Starts a race on a daemon thread, charged to the calling thread's account: the first to ask is a fit's
     * (or one of its helpers'), whose account is the fit's.
     *
     * @param name the thread's name
     * @param race runs the race for an account, answering whether the vector kernel won
     */
    static WarmUpRace start(String name, Predicate<LongAdder> race) {
        WarmUpRace warmUp = new WarmUpRace();
        LongAdder account = HelperCpu.account();
        Thread thread = new Thread(() -> {
            try {
                warmUp.vectorFaster = race.test(account);
            } finally {
                warmUp.finished.countDown();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    /** Whether the race has ended with the vector kernel the faster. */
    boolean vectorFaster() {
        return vectorFaster;
    }

    /**
     * Waits for the race to end.
     *
     * @return whether it ended within the time given
     */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /**
     * Runs rounds on the calling thread until the vector kernel has won {@value #WINS_NEEDED} rounds running or
     * {@code rounds} rounds have passed, charging each round's CPU time to {@code account}.
     *
     * @param round times both kernels once, answering whether the vector one was the faster
     * @return whether the vector kernel won
     */
    static boolean race(LongAdder account, int rounds, BooleanSupplier round) {
        boolean[] won = new boolean[1];
        int wins = 0;
        for (int i = 0; i < rounds && wins < WINS_NEEDED; i++) {
            HelperCpu.charged(account, () -> won[0] = round.getAsBoolean());
            wins = won[0] ? wins + 1 : 0;
        }
        return wins >= WINS_NEEDED;
    }
}
