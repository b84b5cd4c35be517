package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.GaussianLikelihood;
import org.evofit.core.fit.ParameterEstimate;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.run.FitPipeline;
import org.evofit.wrapper.run.FitRun;
import org.evofit.wrapper.sample.SampleRun;
import org.evofit.wrapper.sample.Sampling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit fit}: fits a model file and writes its result files. */
@Command(name = "fit", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Fit a model file; write DIR/result.json, DIR/fit.csv, DIR/parameters.csv, "
                + "DIR/history.csv and DIR/model.json (and DIR/sld.csv for reflectivity), all or nothing.")
final class FitCommand extends Verb {

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

    @Option(names = "--mcmc", description = "After the fit, sample the posterior around its optimum (seeded with "
            + "the fit's seed) and write the sample files beside the fit's; result.json gains a posterior section.")
    boolean mcmc;

    @Mixin
    SamplerOptions sampler;

    @Override
    public Integer call() {
        reporting.checkDestinations(out);
        PrintWriter err = err();
        GenerationListener progress = ProgressPrinter.forConsole(err, quiet);
        FitRun run;
        try {
            run = FitPipeline.lone().listening(progress).execute(model, null, this::prepare, out);
        } finally {
            if (progress instanceof ProgressPrinter p) {
                p.finish();
            }
        }
        // The data's warnings were printed before the fit; these are what its result adds.
        new DataWarningPrinter(err).print(run.resultWarnings());
        FitResult result = run.result();
        PrintWriter stdout = out();
        stdout.print(Format.result(result));
        stdout.println("results written to " + out);
        if (mcmc) {
            sample(run, stdout);
        }
        reporting.report(out, stdout);
        reporting.archive(out, ReportOptions.folderOf(out), stdout);
        stdout.flush();
        return 0;
    }

    /** Samples the posterior around the fit's optimum into the fit's directory and prints the table. */
    private void sample(FitRun run, PrintWriter stdout) {
        double[] optimum = run.result().parameters().stream().filter(ParameterEstimate::fit)
                .mapToDouble(ParameterEstimate::value).toArray();
        FitSettings settings = run.model().settings();
        SampleRun sampled = Sampling.of(sampler.settings(settings.de().seed()))
                .withThreads(settings.execution().threads()).withCheckpointEvery(sampler.checkpointEvery())
                .listening(SampleProgress.forConsole(err(), quiet, sampler.steps))
                .run(run.model(), optimum, out);
        SampleCommand.print(stdout, sampled, out);
        SampleCommand.charts(stdout, sampled, run.model(), out);
    }

    /** The loaded model with the command line's optimizer options; refused when nothing is free. */
    private ModelDefinition prepare(ModelDefinition loaded) {
        ModelDefinition definition = optimizer.apply(loaded);
        if (definition.problem().freeCount() == 0) {
            throw new BadInputException(model + ": nothing to fit: no parameter has fit: true (or both min and max)");
        }
        if (mcmc) {
            // Before the fit, not after it: a sampler refusing its ensemble would waste the whole fit.
            try {
                GaussianLikelihood.requireWalkers(definition.problem(), sampler.walkers);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(model + ": " + e.getMessage());
            }
        }
        // Before the fit starts, so a long fit of the wrong points can be stopped at once.
        new DataWarningPrinter(err()).print(definition.dataWarnings());
        return definition;
    }
}
