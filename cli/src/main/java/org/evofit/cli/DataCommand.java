package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.evofit.wrapper.data.CurveText;
import org.evofit.wrapper.formats.DataFormats;
import org.evofit.wrapper.data.DataSummary;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;
import org.evofit.wrapper.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evofit data}: what evofit reads from a data file, so a user can check a file before fitting it;
 * optionally the curves written as CSV or ORSO. A bad file is {@code FILE:LINE: message}, exit 2, nothing
 * written (the output is written whole, atomically, only after the file has been read).
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"Show what evofit reads from a data file: format, curves, points, what x is and its unit,",
                "wavelength, polarisation channel, corrections applied and assumptions made;",
                "optionally write the curves as CSV (x,y[,error][,resolution]) or as an ORSO .ort file."})
final class DataCommand extends Verb {

    @Parameters(paramLabel = "FILE", description = "The data file.")
    Path file;

    @Option(names = "--format", paramLabel = "NAME",
            description = "Read the file as this format (as a model file's format: does) instead of choosing by"
                    + " its name and content.")
    String format;

    @Option(names = "--data-set", paramLabel = "NAME",
            description = "Take one curve of a file of several, by name or index from 0.")
    String dataSet;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "Write the curve as CSV (one curve).")
    Path csv;

    @Option(names = "--ort", paramLabel = "OUT.ort", description = "Write the curves as an ORSO .ort file.")
    Path ort;

    @Override
    public Integer call() {
        if (csv != null && ort != null) {
            throw new BadInputException("give --csv or --ort, not both");
        }
        if (format != null && DataFormats.named(format).isEmpty()) {
            throw new BadInputException("unknown data format '" + format + "'; expected one of "
                    + String.join(", ", DataFormats.names()));
        }
        LoadedFile loaded = DataFormats.read(file, format, new ReadOptions(null, dataSet));
        String text = null;
        if (csv != null) {
            text = CurveText.csv(oneCurve(loaded));
        } else if (ort != null) {
            try {
                text = CurveText.ort(loaded);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        if (text != null) {
            AtomicFiles.writeText(csv != null ? csv : ort, text);
        }
        PrintWriter out = out();
        out.print(DataSummary.text(loaded));
        out.flush();
        return 0;
    }

    private LoadedCurve oneCurve(LoadedFile loaded) {
        if (loaded.curves().size() != 1) {
            throw new BadInputException(file + " holds " + loaded.curves().size() + " curves; choose one for --csv"
                    + " with --data-set (" + LoadedFile.describe(loaded.curves().stream().map(LoadedCurve::name)
                    .toList()) + ")");
        }
        return loaded.curves().get(0);
    }
}
