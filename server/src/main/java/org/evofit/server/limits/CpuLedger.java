package org.evofit.server.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.io.AtomicFiles;

/**
 * The CPU seconds each account's fits used, over the last 24 hours, as the quota {@code cpu-seconds-per-day} counts
 * them: {@code service/cpu-seconds.jsonl}, one line per ended fit ({@code {"time":...,"user":...,"seconds":...}}),
 * appended when the fit ends, so a restart of the service counts what was used before it. Older lines are dropped
 * when the service starts. Fits running now count too, with what they have used so far ({@link #running}). On a
 * cluster ({@code --db}) the workers' uses count as well, read from the shared run store ({@link Shared}), so every
 * service on that store counts an account's fits alike.
 */
public final class CpuLedger {

    /** The file's name in the service directory. */
    public static final String FILE = "cpu-seconds.jsonl";
    /** How far back the quota looks. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One ended fit's use. */
    private record Use(Instant time, String user, double seconds) {
    }

    /** Uses recorded elsewhere: the cluster workers' in the shared run store. */
    @FunctionalInterface
    public interface Shared {
        /** None: a service fitting on its own slots only. */
        Shared NONE = (user, since) -> List.of();

        /**
         * The uses of {@code user}'s fits dated after {@code since}, oldest first.
         *
         * @return each use as the time it was recorded and its CPU seconds
         */
        List<Map.Entry<Instant, Double>> uses(String user, Instant since);
    }

    private final Path file;
    private final Clock clock;
    private final Shared shared;
    private final List<Use> uses = new ArrayList<>();
    // The fits running now, by a key of the caller's, each with its account and CPU seconds so far.
    private final Map<String, Use> running = new HashMap<>();

    /** The ledger in {@code serviceDir}, its window timed by {@code clock}. */
    public CpuLedger(Path serviceDir, Clock clock) {
        this(serviceDir, clock, Shared.NONE);
    }

    /** The ledger in {@code serviceDir}, counting the {@code shared} uses too. */
    public CpuLedger(Path serviceDir, Clock clock, Shared shared) {
        this.file = serviceDir.resolve(FILE);
        this.clock = clock;
        this.shared = shared;
        Instant from = clock.instant().minus(WINDOW);
        StringBuilder kept = new StringBuilder();
        try {
            for (String line : Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.<String>of()) {
                Use use = parse(line);
                if (use != null && use.time().isAfter(from)) {
                    uses.add(use);
                    kept.append(line).append('\n');
                }
            }
            if (Files.exists(file)) {
                AtomicFiles.writeText(file, kept.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A line as written, or null for one a crash cut short (the last one only, as lines are whole appends). */
    private static Use parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return new Use(Instant.parse(n.path("time").asText()), n.path("user").asText(), n.path("seconds").asDouble());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Says fit {@code key} of {@code user} has used {@code seconds} so far. */
    public synchronized void running(String key, String user, double seconds) {
        running.put(key, new Use(clock.instant(), user, seconds));
    }

    /** Records fit {@code key} of {@code user} as ended after {@code seconds} of CPU, on disk before this returns. */
    public synchronized void ended(String key, String user, double seconds) {
        running.remove(key);
        Use use = new Use(clock.instant(), user, seconds);
        try {
            String line = JSON.writeValueAsString(Map.of("time", use.time().toString(), "user", user, "seconds", seconds));
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        uses.add(use);
    }

    /** CPU seconds {@code user}'s fits used in the last 24 hours, the running ones' so far included. */
    public synchronized double used(String user) {
        double sum = 0;
        for (Use u : ended(user)) {
            sum += u.seconds();
        }
        for (Use u : running.values()) {
            sum += u.user().equals(user) ? u.seconds() : 0;
        }
        return sum;
    }

    /**
     * When {@code user}'s use falls below {@code quota} seconds as the ended fits' lines leave the window: the
     * time the earliest line that has to go is 24 hours old (with running fits alone over it, 24 hours from now).
     */
    public synchronized Instant belowAt(String user, double quota) {
        double over = used(user) - quota;
        for (Use u : ended(user)) {
            if (over < 0) {
                break;
            }
            over -= u.seconds();
            if (over < 0) {
                return u.time().plus(WINDOW);
            }
        }
        return over < 0 ? clock.instant() : clock.instant().plus(WINDOW);
    }

    /** {@code user}'s ended fits' uses in the window, this service's and the shared ones, oldest first. */
    private List<Use> ended(String user) {
        Instant from = clock.instant().minus(WINDOW);
        // Lines that left the window never count again: a service running for months keeps only a day of them.
        uses.removeIf(u -> !u.time().isAfter(from));
        List<Use> out = new ArrayList<>();
        for (Use u : uses) {
            if (u.user().equals(user)) {
                out.add(u);
            }
        }
        for (Map.Entry<Instant, Double> e : shared.uses(user, from)) {
            if (e.getKey().isAfter(from)) {
                out.add(new Use(e.getKey(), user, e.getValue()));
            }
        }
        out.sort(java.util.Comparator.comparing(Use::time));
        return out;
    }
}
