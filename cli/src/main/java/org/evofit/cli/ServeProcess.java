package org.evofit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code evofit serve} child JVM of this classpath, for {@code bench --serve}: a process of its own so
 * that its heap is the service's alone, read with the JDK's {@code jcmd} after a full collection. The fault
 * tests kill it outright ({@link #kill}) as a power cut would.
 */
final class ServeProcess {

    private static final Pattern LISTENING = Pattern.compile("evofit serve: (http://\\S+/)");
    // G1's and the other collectors' GC.heap_info first line: "... total 262144K, used 12345K [...".
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final URI url;

    private ServeProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts {@code evofit serve --port 0 --data DATA} with {@code options}, logging at {@code logLevel}
     * (EVOFIT_LOG_LEVEL; null: the default, warnings only) into {@code log}, and waits for the line that says where it
     * listens; its other output goes to {@code log} too.
     */
    static ServeProcess start(Path data, Path log, BenchCleanup cleanup, String logLevel, String... options)
            throws IOException {
        List<String> cmd = new java.util.ArrayList<>(EvofitChild.command("serve", "--port", "0", "--data", data.toString()));
        cmd.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (logLevel != null) {
            builder.environment().put("EVOFIT_LOG_LEVEL", logLevel);
        }
        Process p = cleanup.worker(builder.start());
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                drain(out);
                return new ServeProcess(p, URI.create(m.group(1)));
            }
        }
        throw new IllegalStateException("evofit serve ended (exit " + waitFor(p) + ") before it listened; see " + log);
    }

    /** The service's address. */
    URI url() {
        return url;
    }

    /** The service's used heap in bytes right after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}). */
    long heapAfterGc() {
        jcmd("GC.run");
        Matcher m = USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info of process " + process.pid() + " said no used heap");
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** Stops the service with SIGTERM, as Ctrl-C would, and waits for it. */
    void stop() {
        process.destroy();
        waitFor(process);
    }

    /** Kills the service with SIGKILL (no shutdown hook runs, nothing is saved on the way out) and waits for it. */
    void kill() {
        process.destroyForcibly();
        waitFor(process);
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command).redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (waitFor(p) != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("bench --serve reads the service's heap with the JDK's jcmd: " + e.getMessage(), e);
        }
    }

    private static void drain(BufferedReader out) {
        // The service's later output is not needed, but an unread pipe would stall it once full.
        Thread t = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // The process ended.
            }
        }, "evofit-bench-serve-output");
        t.setDaemon(true);
        t.start();
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
