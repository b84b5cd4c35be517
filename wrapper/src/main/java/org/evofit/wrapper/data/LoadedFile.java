package org.evofit.wrapper.data;

import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataFileException;

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

    /**
     * The one curve a fit's data entry takes.
     *
     * @throws DataFileException when the file holds several (the entry must choose one with {@code dataSet:})
     */
    public LoadedCurve single() {
        if (curves.size() != 1) {
            throw DataFileException.ofFile(file.toString(), "expected a single data set, or one chosen by name or"
                    + " index, but the file holds " + curves.size() + ": "
                    + describe(curves.stream().map(LoadedCurve::name).toList()));
        }
        return curves.get(0);
    }

    /** {@code 'up' (0), 'down' (1)}: what a user can write to choose a curve. */
    public static String describe(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append("' (").append(i).append(')');
        }
        return text.toString();
    }
}
