package org.evofit.server.upload;

import org.evofit.server.ServiceException;

/**
 * The file name an upload declares ({@code Upload-Metadata: filename ...}): a plain name the project can
 * keep as it is, never a path, so an upload cannot place a file anywhere but where the project puts it.
 */
final class UploadNames {

    /** The longest name most file systems take. */
    static final int MAX_LENGTH = 255;

    private UploadNames() {
    }

    /** {@code name} when it is a plain file name; otherwise a 400 saying what is wrong with it. */
    static String check(String name) {
        if (name == null || name.isBlank()) {
            throw ServiceException.badInput("a new upload names its file: Upload-Metadata: filename <base64 of the name>", null);
        }
        String problem = null;
        if (name.length() > MAX_LENGTH) {
            problem = "is longer than " + MAX_LENGTH + " characters";
        } else if (name.startsWith(".")) {
            problem = "starts with '.'";
        } else if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            problem = "names a directory ('/' or '\\'); upload the file alone";
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problem = "holds a control character";
        } else if (!name.strip().equals(name)) {
            problem = "starts or ends with white space";
        }
        if (problem != null) {
            throw ServiceException.badInput("the file name '" + name.replaceAll("\\p{Cntrl}", "?") + "' " + problem, null);
        }
        return name;
    }
}
