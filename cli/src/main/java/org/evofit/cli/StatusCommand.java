package org.evofit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.RunStore;
import org.evofit.dispatch.RunStatus;
import org.evofit.dispatch.SweepCounts;
import org.evofit.dispatch.SweepEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit status}: runs by state and by worker, of one sweep or of all. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Count the runs of a sweep (or of every sweep) by state, and by worker and state; list the workers "
                + "that have joined with the age of their last heartbeat (every second while alive).")
final class StatusCommand extends Verb {

    @Parameters(paramLabel = "SWEEP", arity = "0..1", description = "A sweep id (default: all sweeps).")
    String sweep;

    @Mixin
    DbOptions db;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SweepCounts counts;
        java.util.SortedMap<String, java.time.Instant> alive;
        Map<SweepEntry, SweepCounts> sweeps = new java.util.LinkedHashMap<>();
        try (Database database = db.openExisting()) {
            RunStore store = sweep == null ? database.store() : database.storeWithSweep(sweep);
            counts = store.queue().counts(sweep);
            alive = store.workers().heartbeats();
            if (sweep == null) {
                // Which sweeps there are: a submitter killed before printing its id leaves one nobody knows.
                for (SweepEntry e : store.queue().entries()) {
                    sweeps.put(e, store.queue().counts(e.id()));
                }
            }
        }
        java.time.Instant now = java.time.Instant.now();
        PrintWriter out = out();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("sweep", sweep);
            root.put("total", counts.total());
            ObjectNode states = root.putObject("byStatus");
            counts.byStatus().forEach((s, n) -> states.put(s.word(), n));
            ObjectNode workers = root.putObject("byWorker");
            counts.byWorker().forEach((w, m) -> {
                ObjectNode node = workers.putObject(w);
                m.forEach((s, n) -> node.put(s.word(), n));
            });
            if (sweep == null) {
                var list = root.putArray("sweeps");
                sweeps.forEach((e, c) -> {
                    ObjectNode node = list.addObject().put("id", e.id()).put("source", e.source())
                            .put("submitted", e.submitted().toString()).put("total", c.total());
                    ObjectNode byStatus = node.putObject("byStatus");
                    c.byStatus().forEach((st, n) -> byStatus.put(st.word(), n));
                });
            }
            ObjectNode joined = root.putObject("workersJoined");
            alive.forEach((w, beat) -> joined.put(w, java.time.Duration.between(beat, now).toMillis()));
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "%s: %d runs%n", sweep == null ? "all sweeps" : "sweep " + sweep, counts.total());
            out.print(row("", counts.byStatus()));
            if (sweep == null) {
                out.printf(Locale.ROOT, "%nsweeps:%s%n", sweeps.isEmpty() ? " none" : "");
                sweeps.forEach((e, c) -> out.printf(Locale.ROOT, "%s submitted %s from %s%n%s", e.id(), e.submitted(), e.source(),
                        row("", c.byStatus())));
            }
            out.printf(Locale.ROOT, "%nby worker:%n");
            for (Map.Entry<String, java.util.SortedMap<RunStatus, Integer>> e : counts.byWorker().entrySet()) {
                out.print(row(e.getKey(), e.getValue()));
            }
            out.printf(Locale.ROOT, "%nworkers joined (last heartbeat):%s%n", alive.isEmpty() ? " none" : "");
            alive.forEach((w, beat) -> out.printf(Locale.ROOT, "%-24s %.1f s ago%n", w,
                    java.time.Duration.between(beat, now).toMillis() / 1000.0));
        }
        out.flush();
        return 0;
    }

    private static String row(String label, Map<RunStatus, Integer> counts) {
        StringBuilder sb = new StringBuilder(label.isEmpty() ? "" : String.format(Locale.ROOT, "%-24s", label));
        for (RunStatus s : RunStatus.values()) {
            sb.append(String.format(Locale.ROOT, " %s %d", s.word(), counts.getOrDefault(s, 0)));
        }
        return sb.append('\n').toString();
    }
}
