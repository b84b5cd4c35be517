package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.evofit.wrapper.genx.GenxImporter;
import org.evofit.wrapper.genx.ImportReport;
import org.evofit.wrapper.genx.ScriptLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit import-genx}: a GenX project (.hgx, or GenX 2's .gx) as an evofit model file plus its data files. */
@Command(name = "import-genx", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Import a GenX 3 project (.hgx) or GenX 2 project (.gx, read without running its pickles) made with the Reflectivity plugin (spec_nx): writes "
                + "DIR/model.yaml and one DIR/<data set>.dat per data set (x y error), all or nothing.",
                "A GenX batch (entries beside the current model) gives the first entry's model.yaml, one "
                + "DIR/<entry>.dat per entry and DIR/sweep.yaml for evofit loop, with each entry's sequence value.",
                "Script lines without an evofit equivalent fail the import (exit code 2) unless --lenient."})
final class ImportGenxCommand extends Verb {

    @Parameters(paramLabel = "FILE.hgx", description = "GenX project file.")
    Path hgx;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--lenient", description = "Keep untranslatable script lines as comments in model.yaml "
            + "(and name them on stderr) instead of failing.")
    boolean lenient;

    @Override
    public Integer call() {
        ImportReport report = GenxImporter.importFile(hgx, out, lenient);
        PrintWriter err = err();
        for (ScriptLine line : report.untranslated()) {
            err.println("evofit: " + hgx + ": not translated, kept as a comment in model.yaml: " + line.describe());
        }
        err.flush();
        PrintWriter stdout = out();
        stdout.println("wrote " + report.model());
        report.dataFiles().forEach(p -> stdout.println("wrote " + p));
        if (report.sweep() != null) {
            stdout.println("wrote " + report.sweep() + " (evofit loop " + report.sweep() + " --out DIR fits every batch entry)");
        }
        stdout.flush();
        return 0;
    }
}
