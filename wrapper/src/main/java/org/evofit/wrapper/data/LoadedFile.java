package org.evofit.wrapper.data;

import java.nio.file.Path;
import java.util.List;

/**
 * What a format read from one file.
 *
 * @param file   the file, as the user named it
 * @param format the format's {@link DataFormat#name()}
 * @param curves its curves, in file order (most formats: one)
 * @param notes  one line each: the corrections applied and what was assumed (a lenient read says what it took),
 *               shown by {@code evofit data} and as warnings of a fit
 */
public record LoadedFile(Path file, String format, List<LoadedCurve> curves, List<String> notes) {

    /** Copies the lists. */
    public LoadedFile {
        curves = List.copyOf(curves);
        notes = List.copyOf(notes);
    }
}
