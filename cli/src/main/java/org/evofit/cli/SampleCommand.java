package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.evofit.report.PosteriorFiles;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.ParameterRow;
import org.evofit.wrapper.results.ResultFileException;
import org.evofit.wrapper.sample.SampleRun;
import org.evofit.wrapper.sample.Sampling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit sample}: samples a model's posterior and writes the chain and posterior files. */
@Command(name = "sample", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Sample a model's posterior (MCMC, affine-invariant ensemble) around its start values or a "
                + "finished fit's (--from); write DIR/chain.bin, DIR/chain.csv, DIR/posterior.csv, "
                + "DIR/correlation.csv and DIR/posterior.json, all or nothing; then the posterior bands DIR/band.csv "
                + "(and DIR/sld-band.csv) and the charts DIR/charts/corner, band (and sld-band) as .png and .svg. "
                + "Data without errors get an error scale, sampled and stated.")
final class SampleCommand extends Verb {

    @Parameters(paramLabel = "MODEL", description = "Model file (YAML or JSON).")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the files.")
    Path out;

    @Option(names = "--from", paramLabel = "RUNDIR",
            description = "Start around the parameter values of this finished fit (its parameters.csv).")
    Path from;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of the sampler.")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads evaluating the walkers (default: all ${sys:evofit.cores} cores). Never changes the chain.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress output (the posterior table is still printed).")
    boolean quiet;

    @Mixin
    SamplerOptions sampler;

    static {
        System.setProperty("evofit.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() {
        OutDirectory.check(out);
        OptionValues.count(threads, "--threads");
        Sampling sampling = Sampling.of(sampler.settings(seed))
                .withThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors())
                .withCheckpointEvery(sampler.checkpointEvery())
                .listening(SampleProgress.forConsole(err(), quiet, sampler.steps));
        ModelDefinition definition = ModelFiles.load(model, null);
        if (from != null) {
            definition = startFrom(definition, from);
        }
        if (definition.problem().freeCount() == 0) {
            throw new BadInputException(model + ": nothing to sample: no parameter has fit: true (or both min and max)");
        }
        SampleRun run = sampling.run(definition, start(definition), out);
        print(out(), run, out);
        charts(out(), run, definition, out);
        return 0;
    }

    /** The model with the fitted values of {@code runDir}'s parameters.csv as start values. */
    static ModelDefinition startFrom(ModelDefinition definition, Path runDir) {
        List<ParameterRow> rows;
        try {
            rows = ParameterRow.read(runDir.resolve("parameters.csv"));
        } catch (ResultFileException e) {
            throw new BadInputException("--from: " + e.getMessage());
        }
        ModelDefinition out = definition;
        for (ParameterRow row : rows) {
            if (row.fit() && definition.problem().slotOf(row.name()) >= 0) {
                try {
                    out = out.withParameterValue(row.name(), row.value());
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(runDir.resolve("parameters.csv") + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** The free parameters' start values, in the sampler's order. */
    static double[] start(ModelDefinition definition) {
        return definition.problem().objective().start();
    }

    /**
     * Writes the posterior bands and the corner, band and SLD band charts of a finished run (see
     * {@link PosteriorFiles}) and says where.
     */
    static void charts(PrintWriter stdout, SampleRun run, ModelDefinition definition, Path dir) {
        if (run.posterior() != null) {
            PosteriorFiles.write(dir, definition);
            stdout.println("posterior bands and corner plot written to " + dir + " (band.csv, charts/)");
            stdout.flush();
        }
    }

    /** Prints the posterior table and where the files went. */
    static void print(PrintWriter stdout, SampleRun run, Path dir) {
        if (run.resumedStep() > 0) {
            stdout.println("resumed from the checkpoint at step " + run.resumedStep());
        }
        stdout.print(run.table());
        stdout.println("posterior written to " + dir);
        stdout.flush();
    }
}
