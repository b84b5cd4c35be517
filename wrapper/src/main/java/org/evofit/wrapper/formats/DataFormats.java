package org.evofit.wrapper.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evofit.core.data.DataFileException;
import org.evofit.core.input.InputLimits;
import org.evofit.wrapper.data.ColumnTextFormat;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.data.FileHead;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.OrtFormat;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.data.neutron.D17OutFormat;
import org.evofit.wrapper.data.neutron.MftFormat;
import org.evofit.wrapper.data.neutron.NarzissFormat;
import org.evofit.wrapper.data.neutron.QuickNxsFormat;
import org.evofit.wrapper.data.xrd.BrmlFormat;
import org.evofit.wrapper.data.xrd.RasFormat;
import org.evofit.wrapper.data.xrd.RasxFormat;
import org.evofit.wrapper.data.xrd.XrdmlFormat;

/**
 * The formats evofit reads and how one is chosen for a file: the model file's {@code format:} when it
 * names one; else the one specific format claiming the file's extension; else the first format whose
 * {@link DataFormat#recognises} accepts the file's start, those claiming the extension first (several claim
 * {@code .dat}, and column text claims {@code .txt}); else column text.
 */
public final class DataFormats {

    /** Column text: what a file no other format recognises is read as. */
    public static final String COLUMNS = ColumnTextFormat.NAME;

    /**
     * Every format, in the order they are tried: specific formats before the general ones, column text
     * ({@link #COLUMNS}) last.
     */
    public static final List<DataFormat> ALL = List.of(new XrdmlFormat(), new BrmlFormat(), new RasFormat(),
            new RasxFormat(), new D17OutFormat(), new MftFormat(), new QuickNxsFormat(), new NarzissFormat(),
            new OrtFormat(), new ColumnTextFormat());

    private DataFormats() {
    }

    /** The format named {@code name}, if there is one. */
    public static Optional<DataFormat> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names of every format, for messages and help. */
    public static List<String> names() {
        return ALL.stream().map(DataFormat::name).toList();
    }

    /**
     * The format for {@code file}.
     *
     * @param formatName the model file's {@code format:}, or {@code null} to choose by name and content
     * @throws DataFileException when the file is missing, or {@code formatName} names no format
     */
    public static DataFormat of(Path file, String formatName) {
        if (formatName != null) {
            return named(formatName).orElseThrow(() -> DataFileException.ofFile(file.toString(),
                    "expected format: to be one of " + String.join(", ", names()) + " but found '" + formatName + "'"));
        }
        if (InputLimits.isSpecial(file)) {
            throw DataFileException.ofFile(file.toString(), InputLimits.NOT_A_REGULAR_FILE);
        }
        if (!Files.isRegularFile(file)) {
            throw DataFileException.ofFile(file.toString(), "file not found");
        }
        FileHead head = FileHead.of(file);
        List<DataFormat> claiming = new ArrayList<>();
        for (DataFormat f : ALL) {
            if (f.extensions().stream().anyMatch(head.lowerCaseName()::endsWith)) {
                claiming.add(f);
            }
        }
        if (claiming.size() == 1 && !claiming.get(0).name().equals(COLUMNS)) {
            return claiming.get(0);
        }
        // Column text claims the common endings (.dat, .txt), which instruments' exports use too: an .xrdml
        // saved as scan.txt is still an .xrdml, so every specific format looks at it, the claiming ones first.
        List<DataFormat> candidates = new ArrayList<>(claiming);
        ALL.stream().filter(f -> !claiming.contains(f)).forEach(candidates::add);
        for (DataFormat f : candidates) {
            if (!f.name().equals(COLUMNS) && f.recognises(head)) {
                return f;
            }
        }
        return named(COLUMNS).orElseThrow(() -> new IllegalStateException("no column text format registered"));
    }

    /**
     * Reads {@code file} with the format chosen for it.
     *
     * @throws DataFileException for a mistake in the file
     */
    public static LoadedFile read(Path file, String formatName, ReadOptions options) {
        return of(file, formatName).read(file, options);
    }
}
