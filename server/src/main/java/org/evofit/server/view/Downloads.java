package org.evofit.server.view;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Sends a listed file of a directory, or the directory as a zip, streamed (never held in memory). The
 * content type follows the file's extension; browsers are told not to guess another.
 */
final class Downloads {

    private Downloads() {
    }

    /** Sends {@code file} (looked up in a listing by the caller), named {@code name}. */
    static void send(Context ctx, Path file, String name) {
        try {
            ctx.contentType(contentType(name));
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Disposition", "inline; filename=\"" + fileName(name) + "\"");
            ctx.result(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Streams every listed file of {@code dir} as {@code folder/NAME} entries of a zip named {@code folder.zip}. */
    static void zip(Context ctx, Path dir, String folder) {
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(folder) + ".zip\"");
        try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
            for (String name : Listing.files(dir)) {
                zip.putNextEntry(new ZipEntry(folder + "/" + name));
                Files.copy(dir.resolve(name), zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip " + dir + ": " + e.getMessage(), e);
        }
    }

    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = lower.substring(lower.lastIndexOf('.') + 1);
        return switch (ext) {
            case "json" -> "application/json";
            case "csv" -> "text/csv; charset=utf-8";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            case "pdf" -> "application/pdf";
            case "ort", "txt", "dat", "yaml", "yml" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    /** The last segment of a listed name, with what could end the header's quoted string replaced. */
    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1).replaceAll("[\"\\\\\\r\\n]", "_");
    }
}
