package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evofit.wrapper.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.io.SimulationFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evofit simulate}: the model's curve at its current values. */
@Command(name = "simulate", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Simulate a model file at its current parameter values; write dataset,x,model.")
final class SimulateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "Model file (YAML or JSON).")
    Path model;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Output CSV (default: standard output).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelDefinition definition = ModelFiles.load(model);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(SimulationFiles.csv(definition));
            stdout.flush();
        } else {
            SimulationFiles.write(out, definition);
        }
        return 0;
    }
}
