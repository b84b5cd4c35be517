package org.evofit.server.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evofit.server.project.ProjectName;
import org.evofit.wrapper.io.AtomicFiles;

/**
 * The owners and shares of the projects, one JSON file per project in the data directory's
 * {@code service/sharing/NAME.json} (outside the project's work tree, so neither a clone nor the project's files
 * show them), each written atomically. A project without a file has no owner ({@link Sharing#UNOWNED}).
 */
public final class SharingStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    /** The store in {@code serviceDir}'s {@code sharing/}. */
    public SharingStore(Path serviceDir) {
        this.dir = serviceDir.resolve("sharing");
    }

    /** Project {@code project}'s sharing (its owner and shares). */
    public Sharing of(String project) {
        Path file = fileOf(project);
        if (!Files.isRegularFile(file)) {
            return Sharing.UNOWNED;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return new Sharing(root.path("owner").isTextual() ? root.path("owner").asText() : null,
                    root.path("public").asBoolean(), levels(root.path("shares")), levels(root.path("unmatched")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(file + ": the project's sharing cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Saves project {@code project}'s sharing. */
    public void save(String project, Sharing sharing) {
        ObjectNode root = JSON.createObjectNode();
        root.put("owner", sharing.owner());
        root.put("public", sharing.publicRead());
        ObjectNode shares = root.putObject("shares");
        sharing.shares().forEach((user, level) -> shares.put(user, level.key()));
        ObjectNode unmatched = root.putObject("unmatched");
        sharing.unmatched().forEach((user, level) -> unmatched.put(user, level.key()));
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeText(fileOf(project), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": the project's sharing cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** The projects {@code user} owns, by name: what a per-user quota (projects, stored bytes) counts. */
    public List<String> ownedBy(String user) {
        List<String> owned = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return owned;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                if (ProjectName.isValidId(name) && user.equals(of(name).owner())) {
                    owned.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owned;
    }

    private static Map<String, Level> levels(JsonNode node) {
        Map<String, Level> levels = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            levels.put(e.getKey(), Level.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT)));
        }
        return levels;
    }

    private Path fileOf(String project) {
        return dir.resolve(ProjectName.checkId(project) + ".json");
    }
}
