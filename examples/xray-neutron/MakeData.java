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
 * Makes xray.dat (120 q points from 0.01 to 0.3 1/Å) and neutron.dat (80 q points from 0.008 to 0.15
 * 1/Å): model.yaml simulated at the values below, times 1 + 3 % Gaussian noise of seed 17; the error
 * column is 3 % of the simulation. Run from the repository:
 * java -cp cli/target/evofit.jar examples/xray-neutron/MakeData.java
 */
public final class MakeData {

    /** The values the data are made with, which the fit should recover (Ni's bulk density is 0.0913/Å³). */
    static final Map<String, Double> TRUTH = Map.of("film.dens", 0.0913, "film.d", 205.0, "film.sigma", 6.0,
            "Si.sigma", 3.0);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("examples/xray-neutron");
        double[][] q = {grid(120, 0.01, 0.3), grid(80, 0.008, 0.15)};
        String[] files = {"xray.dat", "neutron.dat"};
        // The model reads its data files when loaded, so grids with placeholder values come first.
        for (int k = 0; k < files.length; k++) {
            StringBuilder grid = new StringBuilder();
            for (double x : q[k]) {
                grid.append(x).append(" 1 1\n");
            }
            Files.writeString(dir.resolve(files[k]), grid);
        }
        ModelDefinition model = ModelFiles.load(dir.resolve("model.yaml"));
        for (Map.Entry<String, Double> e : new TreeMap<>(TRUTH).entrySet()) {
            model = model.withParameterValue(e.getKey(), e.getValue());
        }
        double[][] r = model.problem().simulate(model.problem().startValues());
        Random noise = new Random(17);
        for (int k = 0; k < files.length; k++) {
            StringBuilder out = new StringBuilder("# q(1/A) R dR: model.yaml's " + files[k].replace(".dat", "")
                    + " data at " + new TreeMap<>(TRUTH) + ", 3% Gaussian noise, seed 17 (MakeData.java)\n");
            for (int i = 0; i < q[k].length; i++) {
                out.append(String.format(Locale.ROOT, "%.6f %.6e %.6e%n", q[k][i],
                        r[k][i] * (1 + 0.03 * noise.nextGaussian()), 0.03 * r[k][i]));
            }
            Files.writeString(dir.resolve(files[k]), out);
        }
    }

    private static double[] grid(int points, double from, double to) {
        double[] q = new double[points];
        for (int i = 0; i < points; i++) {
            q[i] = from + i * (to - from) / (points - 1);
        }
        return q;
    }
}
