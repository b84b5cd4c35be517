package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.evofit.dispatch.AwaitProgress;
import org.evofit.dispatch.DbConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ansible role's own supervisor script (the {@code supervisor} service mode CI runs) restarts a
 * worker killed with SIGKILL after its 5 s pause, under the same name, and the worker joins at once:
 * it recognises that the fresh heartbeat is its dead predecessor's instead of refusing the name.
 */
class WorkerSuperviseTest {

    @TempDir
    Path dir;

    @Test
    void theAnsibleSupervisorRestartsAKilledWorkerWhichJoinsUnderItsName() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            Path root = Files.createDirectories(dir.resolve("evofit"));
            Files.createDirectories(root.resolve("log"));
            Path worker = root.resolve("evofit-worker");
            Files.writeString(worker, "#!/bin/sh\nexec '" + System.getProperty("java.home") + File.separator + "bin"
                    + File.separator + "java' -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName()
                    + " worker --db " + cluster.url() + " --name supervised --slots 1 --threads 1 --cache '" + root.resolve("cache")
                    + "' --log '" + root.resolve("log/worker.log") + "' --quiet\n");
            Files.setPosixFilePermissions(worker, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            String template = Files.readString(Path.of(Cli.repo("ansible/roles/worker/templates/evofit-worker-supervise.sh.j2")));
            Path supervise = Files.writeString(root.resolve("evofit-worker-supervise"),
                    template.replace("{{ ansible_managed }}", "rendered by WorkerSuperviseTest").replace("{{ evofit_root }}",
                            root.toString()));
            assertThat(Files.readString(supervise)).doesNotContain("{{");
            ProcessBuilder pb = new ProcessBuilder("bash", supervise.toString());
            pb.environment().put(DbConfig.USER_ENV, "postgres");
            Process supervisor = pb.redirectErrorStream(true).redirectOutput(root.resolve("supervisor.out").toFile()).start();
            Path log = root.resolve("log/worker.log");
            Path out = root.resolve("log/worker.out");
            try {
                AwaitProgress.until("the supervised worker joins", () -> joined(log) == 1, () -> size(log) + size(out),
                        () -> read(out));
                ProcessHandle first = supervisor.toHandle().children().findFirst().orElseThrow();
                first.destroyForcibly();   // SIGKILL: no leaving
                first.onExit().join();
                // Its heartbeat stays fresh through the supervisor's 5 s pause, however slowly the new JVM
                // starts on a loaded machine (as on an idle one, where 5 s is within the 6 s that mark it alive).
                cluster.sql("UPDATE workers SET heartbeat = heartbeat + 600000 WHERE name = 'supervised'");
                AwaitProgress.until("the restarted worker joins", () -> joined(log) == 2 || refused(out),
                        () -> size(log) + ":" + size(out) + ":" + supervisor.toHandle().children().map(ProcessHandle::pid)
                                .toList(), () -> read(out));
                assertThat(refused(out)).as(read(out)).isFalse();
                assertThat(Set.copyOf(supervisor.toHandle().children().map(ProcessHandle::pid).toList()))
                        .doesNotContain(first.pid()).hasSize(1);
            } finally {
                supervisor.destroy();   // SIGTERM: the script passes it on and waits for the worker to leave
                AwaitProgress.exited("the supervisor stops", supervisor, () -> size(log), () -> read(out));
            }
        }
    }

    private static long joined(Path log) {
        return read(log).lines().filter(l -> l.contains(" joined ")).count();
    }

    private static boolean refused(Path out) {
        return read(out).contains("is running");
    }

    private static long size(Path file) {
        return read(file).length();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

}
