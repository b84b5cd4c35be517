package org.evofit.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.evofit.server.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GenX 2 projects ({@code .gx}, zip archives: the one archive format the service takes in, by the upload route
 * and the resumable one alike; .hgx is HDF5 and no route takes a .zip) whose zip entry names and data-set names
 * try to lead out of the project: {@code ../}, {@code ..\}, absolute paths, NUL and {@code /} inside a name.
 * They are uploaded by a signed-in member through the real upload route, and nothing is written outside the
 * project: the whole sandbox holding the service's data folder, four folders deep, is listed before and after
 * and every new file is inside the project; the folders above the sandbox and {@code /etc} gain no file named
 * as an escape would be.
 *
 * <p>What the service does with them: the zip's entries are read by their fixed names only ({@code data},
 * {@code script}, {@code parameters}, {@code config}), so a hostile entry is never opened, let alone written;
 * a data-set name is sanitised into a file name in the project's {@code data/} folder (every character but
 * letters, digits and {@code ' ._+-'} becomes {@code _}, and a name starting with a dot is prefixed
 * {@code data_}), and the upload is accepted (201); a name holding a control character (NUL, a line break),
 * which no model file can hold, is refused with 400 naming it, the character escaped.
 */
class HostileGxTest {

    private static final String FILES = "/api/projects/" + Lab.PROJECT + "/files";
    private static final String MARK = "evofit-escape";
    /** The name make_gx.py gave the fixture's one data set, replaced by each hostile name. */
    private static final String FIXTURE_SET = "VXRR Specular\n";
    /** Zip entries each hostile .gx holds beside GenX's own: up and out, with either separator, absolute, with a NUL. */
    private static final List<String> HOSTILE_ENTRIES = List.of("../../" + MARK + "-entry",
            "..\\..\\" + MARK + "-entry-back", "/etc/" + MARK + "-entry-etc", "data/../../" + MARK + "-entry-data",
            "x\0/../" + MARK + "-entry-nul", "/tmp/" + MARK + "-entry-abs");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path sandbox;

    @Test
    void entryAndDataSetNamesLeadingOutOfTheProjectWriteNothingOutsideIt() throws Exception {
        Path root = Files.createDirectories(sandbox.resolve("a/b/c/d"));
        String absolute = sandbox.resolve(MARK + "-abs").toString();
        Map<String, String> sanitised = new LinkedHashMap<>();
        sanitised.put("../../" + MARK + "-up", "data_.._.._" + MARK + "-up.dat");
        sanitised.put("../../../../../../" + MARK + "-far", "data_.._.._.._.._.._.._" + MARK + "-far.dat");
        sanitised.put("..\\..\\" + MARK + "-back", "data_.._.._" + MARK + "-back.dat");
        sanitised.put(absolute, absolute.replace('/', '_') + ".dat");
        sanitised.put("/etc/" + MARK + "-etc", "_etc_" + MARK + "-etc.dat");
        sanitised.put("..", "data_...dat");
        sanitised.put("/", "_.dat");
        sanitised.put("sub/" + MARK + "-slash", "sub_" + MARK + "-slash.dat");
        List<String> refused = List.of("a\0/../../" + MARK + "-nul", "line\n../" + MARK + "-newline");
        try (Lab lab = new Lab(root)) {
            Set<String> before = listing(sandbox);
            Set<String> aboveBefore = escapesAbove();
            int n = 0;
            for (String name : sanitised.keySet()) {
                HttpResponse<String> up = lab.alice.upload(FILES, hostileGx(sandbox.resolve("upload-" + n++ + ".gx"), name));
                assertThat(up.statusCode()).as("%s: %s", name, up.body()).isEqualTo(201);
            }
            for (String name : refused) {
                HttpResponse<String> up = lab.alice.upload(FILES, hostileGx(sandbox.resolve("upload-" + n++ + ".gx"), name));
                assertThat(up.statusCode()).as("%s: %s", name, up.body()).isEqualTo(400);
                assertThat(JSON.readTree(up.body()).path("message").asText()).as(up.body())
                        .contains("'" + name.replace("\0", "\\u0000").replace("\n", "\\u000a") + "'")
                        .contains("control character");
            }
            try (Stream<Path> uploads = Files.list(sandbox)) {
                uploads.filter(p -> p.getFileName().toString().startsWith("upload-")).forEach(HostileGxTest::delete);
            }

            Set<String> added = listing(sandbox);
            added.removeAll(before);
            String project = "a/b/c/d/projects/" + Lab.PROJECT + "/";
            assertThat(added).as("new files").isNotEmpty().allMatch(p -> p.startsWith(project))
                    .noneMatch(p -> p.contains(MARK + "-entry"));
            assertThat(Path.of("/etc/" + MARK + "-etc")).doesNotExist();
            assertThat(Path.of("/etc/" + MARK + "-entry-etc")).doesNotExist();
            assertThat(escapesAbove()).isEqualTo(aboveBefore);
            assertThat(added.stream().filter(p -> p.startsWith(project + "data/"))
                    .map(p -> p.substring((project + "data/").length())))
                    .as("one data file per accepted upload, in the project's data folder")
                    .containsExactlyInAnyOrderElementsOf(sanitised.values());
            System.out.println("security suite: hostile .gx uploads: " + (sanitised.size() + refused.size())
                    + " data-set names, each with " + HOSTILE_ENTRIES.size() + " hostile zip entries; nothing written"
                    + " outside the project");
        }
    }

    /**
     * The fixture made by make_gx.py (protocol-0 pickles, where a data set's name is one {@code V} line of raw
     * unicode escapes) with its data set renamed {@code name}, and entries whose names lead out of any folder.
     */
    private Path hostileGx(Path file, String name) throws IOException {
        Path fixture = ServiceClient.repoFile("wrapper/src/test/resources/genx/X-ray_Reflectivity_p0.gx");
        try (ZipFile in = new ZipFile(fixture.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : in.stream().toList()) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("data")) {
                    bytes = renamed(bytes, name);
                }
                put(out, entry.getName(), bytes);
            }
            for (String entry : HOSTILE_ENTRIES) {
                put(out, entry, "written where it should not be".getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private static byte[] renamed(byte[] pickle, String name) {
        String text = new String(pickle, StandardCharsets.ISO_8859_1);
        assertThat(text).as("the fixture's data set name").containsOnlyOnce(FIXTURE_SET);
        StringBuilder escaped = new StringBuilder("V");
        for (char c : name.toCharArray()) {
            escaped.append(c == '\\' || c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.replace(FIXTURE_SET, escaped + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** Every file and folder under {@code dir}, relative to it, with '/' between names. */
    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString().replace('\\', '/')).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The files named as an escape would be in the folders above the sandbox (shared, so not compared whole). */
    private Set<String> escapesAbove() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path up = sandbox.getParent(); up != null; up = up.getParent()) {
            try (Stream<Path> names = Files.list(up)) {
                names.map(Path::toString).filter(n -> n.contains(MARK)).forEach(found::add);
            }
        }
        return found;
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
