package org.evofit.server.run;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.de.GenerationReport;
import org.evofit.looper.FitSlots;
import org.evofit.server.Quotas;
import org.evofit.server.ServiceException;
import org.evofit.server.account.Role;
import org.evofit.server.limits.CpuClock;
import org.evofit.server.limits.CpuLedger;

/**
 * The quota {@code cpu-seconds-per-day} on the service's fits. A start is refused while the account's fits used
 * its quota in the last 24 hours ({@link CpuLedger}); each fit of an account is metered on its slot's thread
 * ({@link CpuClock}), its budget what was left of the quota when it took the slot, and once it has used that, it
 * ends at the next generation boundary with its best so far written as a result, marked CPU_BUDGET.
 */
final class CpuBudgets {

    private final CpuLedger ledger;
    private final CpuClock cpu;
    private final Quotas quotas;
    private final Clock clock;

    CpuBudgets(CpuLedger ledger, CpuClock cpu, Quotas quotas, Clock clock) {
        this.ledger = ledger;
        this.cpu = cpu;
        this.quotas = quotas;
        this.clock = clock;
    }

    /**
     * Refuses a start by {@code user} of {@code role} whose fits used its quota.
     *
     * @throws ServiceException 429 naming the quota, with Retry-After until the use falls below it
     */
    void check(String user, Role role) {
        long most = quotas.of(role).cpuSecondsPerDay();
        double used = ledger.used(user);
        if (used < most) {
            return;
        }
        java.time.Instant below = ledger.belowAt(user, most);
        long seconds = Math.max(1, Duration.between(clock.instant(), below).toSeconds() + 1);
        throw ServiceException.later("over your quota cpu-seconds-per-day (" + role.key() + "): your fits used "
                + Math.round(used) + " CPU seconds in the last 24 hours, the most a " + role.key() + " may use is " + most
                + "; it resets at " + below.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (in " + seconds
                + " seconds)", seconds);
    }

    /** The CPU seconds left of the quota of submission {@code s}'s account now, or null for a submission of none. */
    Double left(Submission s) {
        if (s.user() == null || s.role() == null) {
            return null;
        }
        return Math.max(0, quotas.of(Role.of(s.role())).cpuSecondsPerDay() - ledger.used(s.user()));
    }

    /** The metering of submission {@code s}'s fits: none for a submission of no account (no quota). */
    Metered of(Submission s) {
        return new Metered(s);
    }

    /** One submission's fits, metered: their slots and listeners wrapped, and whether one was stopped. */
    final class Metered {
        private final Submission s;
        private final long most;
        private final Map<String, Meter> meters = new ConcurrentHashMap<>();
        private final AtomicInteger stopped = new AtomicInteger();
        private volatile long firstBudget = -1;

        private Metered(Submission s) {
            this.s = s;
            this.most = s.user() == null || s.role() == null ? -1 : quotas.of(Role.of(s.role())).cpuSecondsPerDay();
        }

        /** {@code slots} with each fit metered from the moment it holds a slot to its end (recorded then). */
        FitSlots around(FitSlots slots) {
            if (most < 0) {
                return slots;
            }
            return (spec, fit) -> slots.run(spec, () -> {
                String key = s.id() + "/" + spec.id();
                Meter m = new Meter(key, Math.max(0, most - ledger.used(s.user())), cpu.nanos());
                meters.put(spec.id(), m);
                try {
                    return fit.get();
                } finally {
                    meters.remove(spec.id());
                    ledger.ended(key, s.user(), m.seconds());
                }
            });
        }

        /** {@code listener} of run {@code runId}, saying its budget is spent once its fit has used it. */
        GenerationListener around(GenerationListener listener, String runId) {
            if (most < 0) {
                return listener;
            }
            return new GenerationListener() {
                @Override
                public void generationDone(GenerationReport report) {
                    listener.generationDone(report);
                }

                @Override
                public boolean budgetSpent() {
                    Meter m = meters.get(runId);
                    return listener.budgetSpent() || m != null && m.spent();
                }
            };
        }

        /** Why the submission ended early, or null when no fit of it was stopped for its budget. */
        String stopMessage(int runs) {
            int n = stopped.get();
            if (n == 0) {
                return null;
            }
            return "CPU budget of " + firstBudget + " s reached" + (runs > 1 ? " (" + n + " of " + runs + " runs)" : "");
        }

        /** One fit's CPU time since it took its slot, against its budget. */
        private final class Meter {
            private final String key;
            private final double budget;
            private final long start;
            private boolean spent;

            Meter(String key, double budget, long start) {
                this.key = key;
                this.budget = budget;
                this.start = start;
            }

            double seconds() {
                return (cpu.nanos() - start) / 1e9;
            }

            /** Asked on the fit's thread after each generation: shows its use so far, and whether the budget is. */
            boolean spent() {
                double used = seconds();
                ledger.running(key, s.user(), used);
                if (!spent && used >= budget) {
                    spent = true;
                    if (stopped.getAndIncrement() == 0) {
                        firstBudget = Math.round(budget);
                    }
                }
                return spent;
            }
        }
    }
}
