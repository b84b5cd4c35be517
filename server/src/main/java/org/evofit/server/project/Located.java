package org.evofit.server.project;

import java.nio.file.Path;
import org.evofit.core.input.InputFileException;
import org.evofit.server.FileLocation;
import org.evofit.server.ServiceException;

/**
 * A mistake evofit found in a file, told in the user's names: the file as the user uploaded or sees it
 * (not the service's scratch path), with line and column, as the command line prints it.
 */
public final class Located {

    private Located() {
    }

    /** {@code e} as a 400 answer, its file named relative to {@code base} (the folder the user's files were in). */
    public static ServiceException badInput(InputFileException e, Path base) {
        FileLocation at = location(e, base);
        return ServiceException.badInput(at + ": " + e.detail(), at);
    }

    /** Where {@code e} is, its file named relative to {@code base}. */
    public static FileLocation location(InputFileException e, Path base) {
        return new FileLocation(userName(e.file(), base), e.line(), e.column());
    }

    /** A message about files under {@code base} with the scratch folder's path taken out. */
    public static String userText(String message, Path base) {
        String prefix = base.toAbsolutePath().normalize().toString() + "/";
        return message == null ? "" : message.replace(prefix, "");
    }

    private static String userName(String file, Path base) {
        if (file == null) {
            return "";
        }
        Path p = Path.of(file).toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return p.startsWith(b) ? b.relativize(p).toString().replace('\\', '/') : Path.of(file).getFileName().toString();
    }
}
