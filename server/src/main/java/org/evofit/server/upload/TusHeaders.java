package org.evofit.server.upload;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evofit.server.ServiceException;

/**
 * The tus 1.0 protocol's headers (https://tus.io/protocols/resumable-upload) and the checks on them:
 * every request but OPTIONS names the protocol version, lengths and offsets are non-negative decimal
 * numbers, and {@code Upload-Metadata} is comma-separated {@code key base64value} pairs.
 */
final class TusHeaders {

    static final String RESUMABLE = "Tus-Resumable";
    static final String VERSION = "Tus-Version";
    static final String EXTENSION = "Tus-Extension";
    static final String MAX_SIZE = "Tus-Max-Size";
    static final String LENGTH = "Upload-Length";
    static final String DEFER_LENGTH = "Upload-Defer-Length";
    static final String OFFSET = "Upload-Offset";
    static final String METADATA = "Upload-Metadata";
    static final String EXPIRES = "Upload-Expires";
    /** The one version spoken. */
    static final String PROTOCOL = "1.0.0";
    /** The body type of a PATCH. */
    static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

    private TusHeaders() {
    }

    /** Answers with the protocol's version, and refuses a client that speaks another (412, as tus says). */
    static void requireProtocol(Context ctx) {
        ctx.header(RESUMABLE, PROTOCOL);
        String spoken = ctx.header(RESUMABLE);
        if (!PROTOCOL.equals(spoken)) {
            ctx.header(VERSION, PROTOCOL);
            throw new ServiceException(412, spoken == null
                    ? "a resumable upload request needs the header " + RESUMABLE + ": " + PROTOCOL
                    : "this server speaks tus " + PROTOCOL + ", not " + spoken);
        }
    }

    /** A header holding a non-negative decimal number; {@code null} when absent. */
    static Long number(Context ctx, String header) {
        String value = ctx.header(header);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ServiceException.badInput(header + " must be a whole number of bytes, at least 0, got '" + value + "'", null);
    }

    /** The pairs of {@code Upload-Metadata} (a key without a value maps to ""); empty when absent. */
    static Map<String, String> metadata(String header) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return pairs;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.trim().split(" ");
            if (parts.length > 2 || parts[0].isEmpty()) {
                throw ServiceException.badInput(METADATA + " holds 'key base64value' pairs separated by commas, got '"
                        + pair.trim() + "'", null);
            }
            try {
                String value = parts.length == 2 ? new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8) : "";
                if (pairs.put(parts[0], value) != null) {
                    throw ServiceException.badInput(METADATA + " names '" + parts[0] + "' twice", null);
                }
            } catch (IllegalArgumentException e) {
                throw ServiceException.badInput(METADATA + ": the value of '" + parts[0] + "' is not base64", null);
            }
        }
        return pairs;
    }
}
