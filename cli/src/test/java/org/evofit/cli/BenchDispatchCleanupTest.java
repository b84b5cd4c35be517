package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evofit.dispatch.AwaitProgress;
import org.evofit.dispatch.TestDatabase;
import org.evofit.dispatch.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --dispatch} stopped by SIGTERM (a CI timeout, Ctrl-C) takes its worker JVMs, its
 * scratch database and its work directory with it.
 */
class BenchDispatchCleanupTest {

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheWorkersDropsTheScratchDatabaseAndDeletesTheWorkDirectory() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "--dispatch", "--runs", "100000", Cli.repo("examples/peaks/model.yaml")));
        TestDatabase given = null;
        if (!TestPostgres.isDefaultService()) {
            // No service at the default address: the tests' embedded server, given as --db (no scratch database then).
            given = TestDatabase.postgres();
            Path config = Files.writeString(dir.resolve("evofit.properties"), "user=" + TestPostgres.USER + "\n");
            cmd.addAll(List.of("--db", given.config().url(), "--config", config.toString()));
        }
        Process bench = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<ProcessHandle> children = new ArrayList<>();
        String scratch = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(bench.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            while (first != null && !first.startsWith("bench --dispatch: ")) {
                first = out.readLine();
            }
            assertThat(first).as("the bench's announcement").startsWith("bench --dispatch: 2 workers on ");
            Matcher db = Pattern.compile("/(evofit_bench_\\w+)").matcher(first);
            scratch = db.find() ? db.group(1) : null;
            String announced = first;
            AwaitProgress.until("the bench starts its two workers", () -> workers(bench) == 2,
                    () -> workers(bench), () -> "bench output: " + announced);
            children.addAll(bench.toHandle().descendants().toList());

            bench.destroy();   // SIGTERM
            AwaitProgress.exited("the bench exits", bench, () -> children.stream().filter(ProcessHandle::isAlive).count(),
                    () -> "");
            AwaitProgress.until("its workers exit", () -> children.stream().noneMatch(ProcessHandle::isAlive),
                    () -> children.stream().filter(ProcessHandle::isAlive).count(), () -> "");
            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left.map(Path::getFileName).map(Path::toString)).as("left in java.io.tmpdir")
                        .noneMatch(n -> n.startsWith("evofit-bench-"));
            }
            if (scratch != null) {
                assertThat(databaseExists(scratch)).as("scratch database " + scratch).isFalse();
            }
            scratch = null;
        } finally {
            // Whatever failed above: nothing of the bench outlives the test (its own cleanup first).
            children.addAll(bench.toHandle().descendants().toList());
            if (bench.isAlive()) {
                bench.destroy();
                bench.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            children.forEach(ProcessHandle::destroyForcibly);
            if (scratch != null) {
                drop(scratch);
            }
            bench.destroyForcibly();
            if (given != null) {
                given.close();
            }
        }
    }

    /** The bench's child processes: its worker JVMs (it starts no other). */
    private static long workers(Process bench) {
        return bench.toHandle().children().count();
    }

    private static void drop(String database) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(TestPostgres.server() + "postgres", TestPostgres.USER, "");
             var st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static boolean databaseExists(String name) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(TestPostgres.server() + "postgres", TestPostgres.USER, "");
             var st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            st.setString(1, name);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
