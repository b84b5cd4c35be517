import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * Makes d2o.dat and h2o.dat: model.yaml simulated at the values below on 80 q points from 0.008 to
 * 0.25 1/Å each, times 1 + 3 % Gaussian noise of seed 16; the error column is 3 % of the simulation.
 * Run from the repository: java -cp cli/target/evofit.jar examples/contrast-variation/MakeData.java
 */
public final class MakeData {

    /** The values the data are made with, which the fit should recover. */
    static final Map<String, Double> TRUTH = Map.of("film.d", 72.5, "film.sld", 1.2, "film.sigma", 5.0,
            "D2O.sld", 6.2, "H2O.sld", -0.45, "D2O.sigma", 3.5);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("examples/contrast-variation");
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
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(TRUTH).entrySet()) {
            model = model.withParameterValue(e.getKey(), e.getValue());
        }
        double[][] r = model.problem().simulate(model.problem().startValues());
        Random noise = new Random(16);
        String[] files = {"d2o.dat", "h2o.dat"};
        for (int k = 0; k < files.length; k++) {
            StringBuilder out = new StringBuilder("# q(1/A) R dR: model.yaml's sample " + files[k].replace(".dat", "")
                    + " at " + new java.util.TreeMap<>(TRUTH) + ", 3% Gaussian noise, seed 16 (MakeData.java)\n");
            for (int i = 0; i < points; i++) {
                out.append(String.format(Locale.ROOT, "%.6f %.6e %.6e%n", q[i],
                        r[k][i] * (1 + 0.03 * noise.nextGaussian()), 0.03 * r[k][i]));
            }
            Files.writeString(dir.resolve(files[k]), out);
        }
    }
}
