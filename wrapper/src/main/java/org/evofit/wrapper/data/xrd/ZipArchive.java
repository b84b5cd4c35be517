package org.evofit.wrapper.data.xrd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.evofit.core.data.DataFileException;

/**
 * An instrument file that is a zip archive of XML and text entries (.brml, .rasx), read with
 * {@link java.util.zip}: every mistake names the file and the entry, as {@code FILE!ENTRY}.
 */
final class ZipArchive implements AutoCloseable {

    private final ZipFile zip;
    private final String file;

    private ZipArchive(ZipFile zip, String file) {
        this.zip = zip;
        this.file = file;
    }

    /**
     * Opens {@code path}.
     *
     * @param what the format, for the message when the file is no zip archive
     * @throws DataFileException when the file is not a readable zip archive (a truncated one among others)
     */
    static ZipArchive open(Path path, String what) {
        try {
            return new ZipArchive(new ZipFile(path.toFile()), path.toString());
        } catch (IOException e) {
            throw DataFileException.ofFile(path.toString(), "expected a zip archive (" + what
                    + ") but it cannot be read as one: " + e.getMessage() + " (is the file truncated or damaged?)");
        }
    }

    /** Whether {@code path} is a zip archive with an entry whose name {@code wanted} accepts: content sniffing. */
    static boolean hasEntry(Path path, Predicate<String> wanted) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.stream().map(ZipEntry::getName).anyMatch(wanted);
        } catch (IOException e) {
            return false;
        }
    }

    /** The names of the entries matching {@code pattern}, in archive order. */
    List<String> entries(Pattern pattern) {
        return Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                .filter(name -> pattern.matcher(name).matches()).toList();
    }

    /** Whether the archive has the entry {@code name}. */
    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The entry {@code name} as an XML document. */
    XmlElement xml(String name) {
        try (InputStream in = open(name)) {
            return XmlElement.parse(in, where(name));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The bytes of the entry {@code name}. */
    byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** How messages name the entry {@code name}. */
    String where(String name) {
        return file + "!" + name;
    }

    private InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw DataFileException.ofFile(file, "expected an entry " + name + " in the zip archive but found none");
        }
        return zip.getInputStream(entry);
    }

    private DataFileException unreadable(String name, IOException e) {
        return DataFileException.ofFile(where(name), "expected a readable zip entry but " + e.getMessage()
                + " (is the file truncated or damaged?)");
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // everything needed was read; a failing close loses nothing
        }
    }
}
