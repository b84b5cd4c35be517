package org.evofit.wrapper.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes, as lower-case hex: identifies a model file's exact content. */
public final class Sha256 {

    private Sha256() {
    }

    /**
     * The hash of the file's bytes.
     *
     * @throws IOException when the file cannot be read
     */
    public static String of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        // Streamed, so a large model file (inline data) is not held in memory twice.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
