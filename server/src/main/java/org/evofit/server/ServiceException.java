package org.evofit.server;

/**
 * A request the service refuses or cannot serve, with the HTTP status that fits (400 bad input,
 * 404 not found, 409 conflict, 413 too large, 429 later) and, for a mistake in a file, where it is.
 * It is answered as JSON ({@code message}, {@code file}, {@code line}, {@code column}) to API clients
 * and as a page to browsers ({@link ErrorResponses}).
 */
public final class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient FileLocation location;
    private final long retryAfterSeconds;

    /** A refusal with no file location. */
    public ServiceException(int status, String message) {
        this(status, message, null);
    }

    /** A refusal pointing at a place in a file ({@code location} may be null). */
    public ServiceException(int status, String message, FileLocation location) {
        this(status, message, location, 0);
    }

    private ServiceException(int status, String message, FileLocation location, long retryAfterSeconds) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx, got " + status);
        }
        this.status = status;
        this.location = location;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: the request or an uploaded file is wrong. */
    public static ServiceException badInput(String message, FileLocation location) {
        return new ServiceException(400, message, location);
    }

    /** 404: nothing of that name (also for what the caller may not see). */
    public static ServiceException notFound(String message) {
        return new ServiceException(404, message);
    }

    /** 409: the request conflicts with the current state (a name taken, a run already ended). */
    public static ServiceException conflict(String message) {
        return new ServiceException(409, message);
    }

    /** 429: the service is busy; ask again after {@code retryAfterSeconds} (its Retry-After header). */
    public static ServiceException later(String message, long retryAfterSeconds) {
        return new ServiceException(429, message, null, retryAfterSeconds);
    }

    /** Seconds after which a refused request may be tried again (a Retry-After header), or 0 when not said. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** Where in a file the mistake is, or {@code null}. */
    public FileLocation location() {
        return location;
    }
}
