import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * Makes d2o.dat and h2o.dat: model.yaml simulated at the values below on 80 q points from 0.008 to
 * 0.25 1/Å each, times 1 + 3 % Gaussian noise of seed 16; the error column is 3 % of the simulation.
 * Then the pairs sweep.yaml fits, sweep/d2o-<d>A.dat and sweep/h2o-<d>A.dat: the same film made
 * SWEEP_D thick instead (noise seeds 17, 18, ...), everything else as in d2o.dat and h2o.dat.
 * Run from the repository: java -cp cli/target/evofit.jar examples/contrast-variation/MakeData.java [DIR]
 * (DIR: where model.yaml is and the files go; default examples/contrast-variation).
 */
public final class MakeData {

    /** The values the data are made with, which the fit should recover. */
    static final Map<String, Double> TRUTH = Map.of("film.d", 72.5, "film.sld", 1.2, "film.sigma", 5.0,
            "D2O.sld", 6.2, "H2O.sld", -0.45, "D2O.sigma", 3.5);
    /** The film thicknesses of the swept pairs, which each run of sweep.yaml should recover. */
    static final double[] SWEEP_D = {65.0, 80.0};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/contrast-variation");
        int points = 80;
        double[] q = new double[points];
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < points; i++) {
            q[i] = 0.008 + i * (0.25 - 0.008) / (points - 1);
            grid.append(q[i]).append(" 1 1\n");
        }
        // The model reads its data files when loaded, so grids with placeholder values come first.
        Files.writeString(dir.resolve("d2o.dat"), grid);
        Files.writeString(dir.resolve("h2o.dat"), grid);
        ModelDefinition model = ModelFiles.load(dir.resolve("model.yaml"));
        write(model, new TreeMap<>(TRUTH), 16, q, dir.resolve("d2o.dat"), dir.resolve("h2o.dat"));
        Files.createDirectories(dir.resolve("sweep"));
        for (int s = 0; s < SWEEP_D.length; s++) {
            Map<String, Double> truth = new TreeMap<>(TRUTH);
            truth.put("film.d", SWEEP_D[s]);
            String d = String.format(Locale.ROOT, "%.0fA.dat", SWEEP_D[s]);
            write(model, truth, 17 + s, q, dir.resolve("sweep/d2o-" + d), dir.resolve("sweep/h2o-" + d));
        }
    }

    /** The model's two curves at {@code truth}, with 3 % noise of {@code seed}, into the two files. */
    private static void write(ModelDefinition model, Map<String, Double> truth, long seed, double[] q, Path d2o,
                              Path h2o) throws IOException {
        ModelDefinition at = model;
        for (Map.Entry<String, Double> e : truth.entrySet()) {
            at = at.withParameterValue(e.getKey(), e.getValue());
        }
        double[][] r = at.problem().simulate(at.problem().startValues());
        Random noise = new Random(seed);
        Path[] files = {d2o, h2o};
        String[] samples = {"d2o", "h2o"};
        for (int k = 0; k < files.length; k++) {
            StringBuilder out = new StringBuilder("# q(1/A) R dR: model.yaml's sample " + samples[k] + " at " + truth
                    + ", 3% Gaussian noise, seed " + seed + " (MakeData.java)\n");
            for (int i = 0; i < q.length; i++) {
                out.append(String.format(Locale.ROOT, "%.6f %.6e %.6e%n", q[i],
                        r[k][i] * (1 + 0.03 * noise.nextGaussian()), 0.03 * r[k][i]));
            }
            Files.writeString(files[k], out);
        }
    }
}
