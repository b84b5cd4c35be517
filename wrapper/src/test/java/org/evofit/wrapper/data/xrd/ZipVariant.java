package org.evofit.wrapper.data.xrd;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A copy of a zip-archive sample (.brml, .rasx) with one entry's text changed or the entry left out. */
final class ZipVariant {

    private ZipVariant() {
    }

    /**
     * Copies {@code source} to {@code target}, the entry {@code entry} (UTF-8 text) changed by {@code change};
     * a change returning {@code null} leaves the entry out.
     */
    static Path of(Path source, Path target, String entry, UnaryOperator<String> change) {
        try (ZipFile in = new ZipFile(source.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                    if (changed == null) {
                        continue;
                    }
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
