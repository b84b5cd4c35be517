package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.core.refl.LayersFile;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.io.PolarisedSlabSimulation;
import org.evofit.wrapper.io.Simulation;
import org.evofit.wrapper.io.SimulationFiles;
import org.evofit.wrapper.io.SlabSimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit simulate}: a model's curve at its current values, or an ORSO slab file's. */
@Command(name = "simulate", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Simulate a model file at its current parameter values and write dataset,x,model;",
                "or, with --slabs and --x, the reflectivity of an ORSO .layers file at the Q values of a "
                        + "data file and write q,R (smeared pointwise when the file has a 4th column, dQ 1-sigma);",
                "a polarised .layers file (6 columns) gives the four spin channels q,R--,R-+,R+-,R++ "
                        + "(unsmeared, at the Q of the first column) for --aguide and --field."})
final class SimulateCommand extends Verb {

    private static final int POLARISED_COLUMNS = 6;

    @Parameters(paramLabel = "MODEL", arity = "0..1", description = "Model file (YAML or JSON).")
    Path model;

    @Option(names = "--slabs", paramLabel = "FILE.layers",
            description = "ORSO slab file: thickness, SLD, iSLD, roughness per row; fronting first. "
                    + "Polarised: thickness, SLD, iSLD, thetaM (degrees), sldm, roughness.")
    Path slabs;

    @Option(names = "--aguide", paramLabel = "DEG",
            description = "Guide-field angle from the surface normal, degrees, for a polarised slab file "
                    + "(refl1d's convention; default 270, the field in the sample plane).")
    Double aguide;

    @Option(names = "--field", paramLabel = "TESLA",
            description = "Applied field at the sample, tesla, for a polarised slab file (default 0).")
    Double field;

    @Option(names = "--x", paramLabel = "FILE",
            description = "Data file whose first column is Q (1/angstrom); a 4th column is the 1-sigma dQ.")
    Path x;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Output CSV (default: standard output).")
    Path out;

    @Option(names = "--profile", paramLabel = "FILE.csv",
            description = "Also write the SLD profile z,sld,isld of a reflectivity model (angstrom, 1e-6/angstrom^2).")
    Path profile;

    @Override
    public Integer call() {
        Simulation simulation;
        if (slabs != null || x != null) {
            if (slabs == null || x == null || model != null) {
                throw new BadInputException("give MODEL, or both --slabs FILE.layers and --x FILE");
            }
            simulation = slabs();
        } else if (model != null) {
            ModelDefinition definition = ModelFiles.load(model);
            simulation = SimulationFiles.simulate(definition);
            if (profile != null) {
                try {
                    AtomicFiles.writeText(profile, SimulationFiles.profileCsv(definition, 1000));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(model + ": " + e.getMessage());
                }
            }
        } else {
            throw new BadInputException("give MODEL, or both --slabs FILE.layers and --x FILE");
        }
        if (model != null && (aguide != null || field != null)) {
            throw new BadInputException("--aguide and --field apply to a polarised --slabs file; a model file "
                    + "names its own instrument");
        }
        PrintWriter err = err();
        simulation.nonFinite().forEach(n -> err.println("evofit: warning: " + n.message()));
        err.flush();
        String csv = simulation.csv();
        if (out == null) {
            PrintWriter stdout = out();
            stdout.print(csv);
            stdout.flush();
        } else {
            AtomicFiles.writeText(out, csv);
        }
        return 0;
    }

    /** A 6-column slab file is polarised and takes --aguide and --field; a 4-column one takes neither. */
    private Simulation slabs() {
        if (LayersFile.columnCount(slabs) != POLARISED_COLUMNS) {
            if (aguide != null || field != null) {
                throw new BadInputException(slabs + ": --aguide and --field apply to a polarised layers file "
                        + "(6 columns: thickness SLD iSLD thetaM sldm roughness); this one has "
                        + LayersFile.columnCount(slabs) + " columns");
            }
            return SlabSimulation.simulate(slabs, x);
        }
        try {
            return PolarisedSlabSimulation.simulate(slabs, x,
                    aguide == null ? PolarisedSlabSimulation.DEFAULT_AGUIDE : aguide, field == null ? 0 : field);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
