package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.evofit.dispatch.AwaitProgress;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.JdbcRunStore;
import org.evofit.dispatch.RunStore;
import org.evofit.dispatch.RunStatus;
import org.evofit.dispatch.SweepCounts;
import org.evofit.dispatch.TestDatabase;

/**
 * A cluster for one test: a fresh PostgreSQL database, worker processes (separate JVMs started the
 * way a person starts them: {@code java -cp ... org.evofit.cli.Main worker ...}) and a config file
 * with the credentials for in-process verbs. {@link #close} kills every worker and drops the database.
 */
final class Cluster implements AutoCloseable {

    private final Path dir;
    private final TestDatabase db;
    private final Database store;
    private final Path config;
    private final Map<String, Process> workers = new LinkedHashMap<>();

    Cluster(Path dir) throws IOException {
        this.dir = dir;
        this.db = TestDatabase.postgres();
        this.store = Database.open(db.config(), 2);
        this.config = Files.writeString(dir.resolve("evofit.properties"), "user=" + db.config().user() + "\n");
    }

    /** The database, with the credentials (for a service started in this JVM). */
    DbConfig config() {
        return db.config();
    }

    /** The --db URL. */
    String url() {
        return db.config().url();
    }

    /** The arguments every in-process verb needs: --db URL --config FILE. */
    String[] dbArgs() {
        return new String[] {"--db", url(), "--config", config.toString()};
    }

    /** Schedules {@code sweep} on {@code cron} in this cluster's store and returns the sweep id it prints. */
    String schedule(Path sweep, String cron) {
        Cli.Run created = Cli.run(ClusterTest.concat(new String[] {"schedule", sweep.toString(), "--cron", cron}, dbArgs()));
        org.assertj.core.api.Assertions.assertThat(created.exitCode()).as(created.err()).isZero();
        return created.out().strip();
    }

    /** The run store, read directly. */
    RunStore store() {
        return new JdbcRunStore(store.dataSource());
    }

    /** The generation of the run's stored checkpoint, 0 when it has none. */
    int generation(String sweep, String run) {
        return store().checkpoints().latest(sweep, run).map(org.evofit.dispatch.StoredCheckpoint::generation).orElse(0);
    }

    /**
     * Fetches the run's files with {@code evofit results} and runs the sweep file with a local
     * {@code evofit loop}: parameters, fitted curve, history and figure of merit must be the same bits.
     */
    void assertRunEqualsLocalLoop(String sweep, String run, Path sweepFile) throws IOException {
        Path clusterOut = dir.resolve("cluster");
        Cli.Run results = Cli.run(ClusterTest.concat(new String[] {"results", sweep, "--out", clusterOut.toString()}, dbArgs()));
        assertThat(results.exitCode()).as(results.err()).isZero();
        Path localOut = dir.resolve("local");
        assertThat(Cli.run("loop", sweepFile.toString(), "--out", localOut.toString(), "--quiet").exitCode()).isZero();
        Path c = clusterOut.resolve("runs").resolve(run);
        Path l = localOut.resolve("runs").resolve(run);
        for (String file : List.of("parameters.csv", "fit.csv", "history.csv")) {
            assertThat(Files.readAllBytes(c.resolve(file))).as(file).isEqualTo(Files.readAllBytes(l.resolve(file)));
        }
        ObjectMapper json = new ObjectMapper();
        assertThat(Double.doubleToRawLongBits(json.readTree(c.resolve("result.json").toFile()).path("fom").asDouble()))
                .isEqualTo(Double.doubleToRawLongBits(json.readTree(l.resolve("result.json").toFile()).path("fom").asDouble()));
    }

    /** Runs one statement on the cluster's database (to stage a failure). */
    void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = store.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    /** Starts a worker JVM with one slot of one thread (plus {@code extra} options). */
    Process startWorker(String name, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "worker", "--db", url(), "--name", name, "--slots", "1", "--threads", "1",
                "--cache", dir.resolve("cache-" + name).toString(), "--log", log(name).toString(), "--quiet"));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".out").toFile()));
        pb.environment().put(DbConfig.USER_ENV, db.config().user());
        Process p = pb.start();
        workers.put(name, p);
        return p;
    }

    /** The worker's event log file. */
    Path log(String name) {
        return dir.resolve(name + ".log");
    }

    /** Every worker's event lines. */
    List<String> events() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : workers.keySet()) {
            if (Files.exists(log(name))) {
                out.addAll(Files.readAllLines(log(name)));
            }
        }
        return out;
    }

    /** Waits until the worker has joined (its "joined" line is in its log). */
    void awaitJoined(String... names) throws Exception {
        for (String name : names) {
            await("worker " + name + " joins", () -> lines(log(name)).stream().anyMatch(l -> l.contains(" joined ")));
        }
    }

    /** Waits until no run of the sweep is queued or running. */
    SweepCounts awaitEnded(String sweep) throws Exception {
        await("sweep " + sweep + " ends", () -> {
            SweepCounts c = store().queue().counts(sweep);
            return c.total() > 0 && c.count(RunStatus.QUEUED) == 0 && c.count(RunStatus.RUNNING) == 0;
        });
        return store().queue().counts(sweep);
    }

    /**
     * Waits until the workers' logs hold at least {@code n} "finished" lines: a worker logs a run's end
     * just after the store records it, so the store can show a run done a moment before its line exists.
     */
    void awaitFinishedLines(int n) throws Exception {
        await(n + " finished lines in the workers' logs",
                () -> workers.keySet().stream().flatMap(w -> lines(log(w)).stream())
                        .filter(l -> l.contains(" finished ")).count() >= n);
    }

    /**
     * Polls the condition while the cluster makes progress ({@link #progress}); fails, with the workers'
     * output, only when nothing changed for {@link AwaitProgress#STALL}, however long the whole wait.
     */
    void await(String what, BooleanSupplier condition) throws Exception {
        AwaitProgress.until(what, condition, this::progress, this::output);
    }

    /**
     * What changes while the cluster works: the size of every worker's log and output, which workers
     * are alive, and each run's state, attempts and checkpoint generation in the store.
     */
    Object progress() {
        List<Object> seen = new ArrayList<>();
        for (var w : workers.entrySet()) {
            seen.add(w.getKey() + ":" + w.getValue().isAlive() + ":" + size(log(w.getKey())) + ":"
                    + size(dir.resolve(w.getKey() + ".out")));
        }
        try (java.sql.Connection c = store.dataSource().getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT r.sweep, r.id, r.status, r.attempts, r.resumed_from, k.generation "
                     + "FROM runs r LEFT JOIN checkpoints k ON k.sweep = r.sweep AND k.run = r.id ORDER BY r.sweep, r.id")) {
            while (rs.next()) {
                seen.add(rs.getString(1) + "/" + rs.getString(2) + ":" + rs.getString(3) + ":" + rs.getInt(4) + ":"
                        + rs.getObject(5) + ":" + rs.getObject(6));
            }
        } catch (java.sql.SQLException e) {
            seen.add("store unreachable");
        }
        return seen;
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private String output() {
        StringBuilder sb = new StringBuilder();
        for (String name : workers.keySet()) {
            sb.append("--- ").append(name).append('\n');
            sb.append(String.join("\n", lines(dir.resolve(name + ".out")))).append('\n');
            sb.append(String.join("\n", lines(log(name)))).append('\n');
        }
        return sb.toString();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** SIGTERM to the worker, then waits for it to leave. */
    void stop(String name) throws InterruptedException {
        Process p = workers.get(name);
        p.destroy();
        AwaitProgress.exited("worker " + name + " leaves after SIGTERM", p, this::progress, this::output);
    }

    /** Whether the worker's process is running. */
    boolean alive(String name) {
        return workers.get(name).isAlive();
    }

    /** SIGKILL to the worker. */
    void kill(String name) throws InterruptedException {
        Process p = workers.get(name);
        p.destroyForcibly();
        p.waitFor();   // SIGKILL cannot be ignored
    }

    @Override
    public void close() throws Exception {
        try {
            for (Process p : workers.values()) {
                p.destroyForcibly();
            }
            for (Process p : workers.values()) {
                p.waitFor();
            }
        } finally {
            store.close();
            db.close();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
