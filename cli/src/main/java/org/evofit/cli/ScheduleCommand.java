package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.Schedules;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit schedule}: re-runs a sweep on a cron schedule, or lists and removes schedules. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Re-plan a sweep file on a Quartz cron schedule (its globs are expanded again, so new data files "
                + "become new runs) and queue the runs not yet in the schedule's sweep; prints the schedule id, which is "
                + "also the sweep id for status and results. The sweep file and its data must be at the same path on "
                + "every worker. --list shows the schedules, --remove ID deletes one.")
final class ScheduleCommand extends Verb {

    @Parameters(paramLabel = "SWEEP", arity = "0..1", description = "The sweep file to re-plan.")
    Path sweep;

    @ArgGroup(exclusive = true)
    Action action;

    /** Exactly one of: a cron expression for SWEEP, --list, --remove. */
    static final class Action {
        @Option(names = "--cron", paramLabel = "EXPR",
                description = "Quartz cron: seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 3 * * ?\".")
        String cron;

        @Option(names = "--list", description = "List the schedules.")
        boolean list;

        @Option(names = "--remove", paramLabel = "ID", description = "Remove a schedule (its sweep and runs stay).")
        String remove;
    }

    @Mixin
    DbOptions db;

    @Override
    public Integer call() {
        if (action == null) {
            throw new BadInputException("give SWEEP --cron EXPR, --list or --remove ID");
        }
        DbConfig config = db.resolve();
        if (!config.isPostgres()) {
            throw new BadInputException("--db: schedules run on the cluster's PostgreSQL store");
        }
        PrintWriter out = out();
        try (Database database = DbOptions.open(config)) {
            if (action.list) {
                for (Schedules.Schedule s : Schedules.list(database)) {
                    out.printf("%s\t%s\t%s\tnext %s%n", s.id(), s.cron(), s.sweepFile(), s.next());
                }
            } else if (action.remove != null) {
                if (!Schedules.remove(database, action.remove)) {
                    throw new BadInputException("no schedule " + action.remove);
                }
                out.printf("schedule %s removed%n", action.remove);
            } else {
                if (sweep == null || !Files.isRegularFile(sweep)) {
                    throw new BadInputException("--cron needs a SWEEP file" + (sweep == null ? "" : "; " + sweep + " is none"));
                }
                try {
                    out.println(Schedules.create(database, sweep, action.cron));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
            }
        }
        out.flush();
        return 0;
    }
}
