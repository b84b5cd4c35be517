package org.evofit.server.run;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One daemon thread running a task again and again, {@code millis} after each run ends. */
final class Ticker {

    private Ticker() {
    }

    /** Starts the thread {@code name} running {@code task} every {@code millis} ms, the first time after as long. */
    static ScheduledExecutorService every(String name, long millis, Runnable task) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            // A tick must never keep the JVM alive.
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
        return ticker;
    }
}
