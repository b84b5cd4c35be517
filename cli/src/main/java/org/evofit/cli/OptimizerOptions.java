package org.evofit.cli;

import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSetting;
import org.evofit.core.fit.OptimizerSettings;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.wrapper.model.ModelDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * Options that override a model file's optimizer settings; unset options keep the file's. One
 * option per entry of {@link OptimizerSettings} ({@code restartGenerations} is
 * {@code --restart-generations}), its help, bounds and default taken from the table; the thread
 * count, which no file holds, and the figure of merit are options of their own.
 */
@Command(modelTransformer = OptimizerOptions.TableOptions.class)
final class OptimizerOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads evaluating the population (default: all ${sys:evofit.cores} cores). "
                    + "Never changes the result.")
    Integer threads;

    @Option(names = "--fom", paramLabel = "NAME",
            description = "Figure of merit, e.g. chi2bars, log, diff (default: the model file's).")
    String fom;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    static {
        System.setProperty("evofit.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    /** Adds one option per table entry when picocli builds the mixin. */
    static final class TableOptions implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (OptimizerSetting s : OptimizerSettings.all()) {
                spec.addOption(SettingOptions.option(s));
            }
            return spec;
        }
    }

    /** The definition with these overrides applied. */
    ModelDefinition apply(ModelDefinition model) {
        OptionValues.count(threads, "--threads");
        FitSettings settings = model.settings()
                .withThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        ParseResult parsed = mixee.commandLine().getParseResult();
        for (OptimizerSetting s : OptimizerSettings.all()) {
            String name = SettingOptions.name(s);
            if (parsed.hasMatchedOption(name)) {
                Object value = parsed.matchedOptionValue(name, (Object) null);
                try {
                    settings = s.apply(settings, value);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(name + ": " + e.getMessage());
                }
            }
        }
        ModelDefinition out = model.withSettings(settings);
        if (fom != null) {
            try {
                out = out.withProblem(out.problem().withFigureOfMerit(
                        FiguresOfMerit.byName(fom, out.problem().figureOfMerit().nonFinitePolicy())));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return out;
    }
}
