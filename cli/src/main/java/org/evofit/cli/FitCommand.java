package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.Fitter;
import org.evofit.wrapper.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.Version;
import org.evofit.wrapper.io.ResultFiles;
import org.evofit.wrapper.io.RunInfo;
import org.evofit.wrapper.provenance.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evofit fit}: fits a model file and writes its result files. */
@Command(name = "fit", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Fit a model file; write DIR/result.json, DIR/fit.csv, DIR/parameters.csv, "
                + "DIR/history.csv and DIR/model.json (and DIR/sld.csv for reflectivity), all or nothing.")
final class FitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "Model file (YAML or JSON).")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the result files.")
    Path out;

    @Mixin
    OptimizerOptions optimizer;

    @Option(names = "--quiet", description = "No progress output (the result is still printed).")
    boolean quiet;

    @Mixin
    ReportOptions reporting;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + ": --out must be a directory, but a file of that name exists");
        }
        ModelDefinition definition = optimizer.apply(ModelFiles.load(model));
        if (definition.problem().freeCount() == 0) {
            throw new BadInputException(model + ": nothing to fit: no parameter has fit: true (or both min and max)");
        }
        // Gathered before fitting, so the hash and status describe the model file as it was loaded.
        Provenance provenance = Provenance.of(model);
        PrintWriter err = spec.commandLine().getErr();
        GenerationListener progress = ProgressPrinter.forConsole(err, quiet);
        Instant started = Instant.now();
        FitResult result;
        try {
            result = Fitter.fit(definition.problem(), definition.settings(), progress);
        } finally {
            if (progress instanceof ProgressPrinter p) {
                p.finish();
            }
        }
        ResultFiles.write(out, definition, definition.settings(), result,
                new RunInfo(Version.current(), started, Instant.now(), provenance));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(Format.result(result));
        stdout.println("results written to " + out);
        reporting.report(out, stdout);
        reporting.archive(out, ReportOptions.folderOf(out), stdout);
        stdout.flush();
        return 0;
    }
}
