package org.evofit.core.de;

/**
 * The fit's listener as the restarts of one {@link ScreenRound} hear it: their reports reach it one at
 * a time, each numbered in its restart's place in the whole fit, and counting the evaluations of
 * every run before the round plus those the round's restarts have made so far (so a report's count
 * is the work actually spent when it was made). Only the calling thread asks whether the CPU budget is
 * spent (a helper thread's CPU is not the fit's thread's); the helpers hear its last answer.
 */
final class RoundListener {

    private final GenerationListener listener;
    private final int[] offsets;
    private final int planned;
    private final long evaluationsBefore;
    private final long started;
    private final long[] evaluations;
    private volatile boolean budgetSpent;

    /**
     * Forwards to {@code listener}; restart j's generation numbers are shifted by {@code offsets[j]} and
     * counted against {@code planned}; seconds run from {@code started} ({@link System#nanoTime()}).
     */
    RoundListener(GenerationListener listener, int[] offsets, int planned, long evaluationsBefore, long started) {
        this.listener = listener;
        this.offsets = offsets.clone();
        this.planned = planned;
        this.evaluationsBefore = evaluationsBefore;
        this.started = started;
        this.evaluations = new long[offsets.length];
    }

    /** What restart j hears; {@code caller} is the thread that asks for the CPU budget. */
    GenerationListener of(int j, Thread caller) {
        return new GenerationListener() {
            @Override
            public void generationDone(GenerationReport report) {
                forward(j, report);
            }

            @Override
            public boolean budgetSpent() {
                if (Thread.currentThread() == caller) {
                    budgetSpent = ask();
                }
                return budgetSpent;
            }
        };
    }

    private synchronized boolean ask() {
        return listener.budgetSpent();
    }

    private synchronized void forward(int j, GenerationReport report) {
        evaluations[j] = report.evaluations();
        long total = evaluationsBefore;
        for (long e : evaluations) {
            total += e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        listener.generationDone(new GenerationReport(report.generation() + offsets[j], planned, report.bestFom(),
                report.spread(), total, seconds > 0 ? total / seconds : 0, seconds));
    }
}
