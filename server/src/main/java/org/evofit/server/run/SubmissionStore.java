package org.evofit.server.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServiceException;
import org.evofit.server.view.RunDirectories;
import org.evofit.wrapper.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The submissions of this service, one folder each under {@code service/runs/}: the LocalSweep output
 * directory, its {@code input/} copy of the model, data and sweep file, and {@code submission.json}
 * (written atomically on every change of status, so a restart finds each submission as it was).
 */
public final class SubmissionStore implements RunDirectories {

    /** The submission's record in its folder. */
    public static final String RECORD = "submission.json";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{10}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionStore.class);

    private final Path root;
    private final ObjectMapper json = EvofitServer.jsonMapper();
    // The waiting submissions' ids, each with its account ("" for none), so quotas count them per account.
    private final Map<String, String> queued = new ConcurrentHashMap<>();

    /** The submissions under {@code root} ({@code service/runs}), created when missing. */
    public SubmissionStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all().stream().filter(s -> s.status() == SubmissionStatus.QUEUED).forEach(s -> queued.put(s.id(), accountOf(s)));
    }

    /**
     * How many submissions wait for a slot: kept as records are saved, so a start (which checks the queue's
     * bound) does not read every record the service ever wrote.
     */
    int queuedCount() {
        return queued.size();
    }

    /** How many submissions of account {@code user} wait for a slot. */
    int queuedCount(String user) {
        return (int) queued.values().stream().filter(u -> u.equals(user == null ? "" : user)).count();
    }

    /** The ids of account {@code user}'s submissions that wait for a slot. */
    List<String> queuedIds(String user) {
        String account = user == null ? "" : user;
        return queued.entrySet().stream().filter(e -> e.getValue().equals(account)).map(Map.Entry::getKey).toList();
    }

    private static String accountOf(Submission s) {
        return s.user() == null ? "" : s.user();
    }

    /** A new id, not used before here: 10 lower-case hex digits. */
    String newId() {
        byte[] bytes = new byte[5];
        while (true) {
            RANDOM.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            if (!Files.exists(root.resolve(id))) {
                return id;
            }
        }
    }

    /** The folder of submission {@code id} (its LocalSweep output directory), if it exists. */
    public Optional<Path> folder(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path dir = root.resolve(id);
        return Files.isRegularFile(dir.resolve(RECORD)) ? Optional.of(dir) : Optional.empty();
    }

    @Override
    public Optional<Path> submission(String id) {
        return folder(id);
    }

    /** Where submission {@code id}'s folder is (or will be). */
    Path folderOf(String id) {
        return root.resolve(id);
    }

    void save(Submission s) {
        try {
            AtomicFiles.writeText(root.resolve(s.id()).resolve(RECORD), json.writerWithDefaultPrettyPrinter().writeValueAsString(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (s.status() == SubmissionStatus.QUEUED) {
            queued.put(s.id(), accountOf(s));
        } else {
            queued.remove(s.id());
        }
    }

    /** Saves the submission as ended in {@code status}, why in {@code message} (or null), and logs it. */
    void end(Submission s, SubmissionStatus status, String message) {
        save(s.with(status, message));
        LOG.info("{} {} {}{}", s.kind(), s.id(), status.label(), message == null ? "" : ": " + message);
    }

    /**
     * Submission {@code id}.
     *
     * @throws ServiceException 404 when there is none
     */
    public Submission get(String id) {
        Path dir = folder(id).orElseThrow(() -> ServiceException.notFound("no run or sweep " + id));
        try {
            return json.readValue(dir.resolve(RECORD).toFile(), Submission.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(RECORD) + ": " + e.getMessage(), e);
        }
    }

    /** Every submission, newest first. */
    public List<Submission> all() {
        List<Submission> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(d -> Files.isRegularFile(d.resolve(RECORD))).toList()) {
                out.add(get(d.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(Submission::created).reversed());
        return out;
    }
}
