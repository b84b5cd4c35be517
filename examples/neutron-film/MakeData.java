import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;

/**
 * Makes sio-film.dat: model.yaml simulated with the true values below on 300 q points from 0.005 to
 * 0.12 1/A (GenX's full-convolution resolution included), times 1 + 3 % Gaussian noise of seed 11;
 * the error column is 3 % of the simulation. Run from the repository (the argument, a directory
 * holding model.yaml, defaults to examples/neutron-film):
 * java -cp cli/target/evofit.jar examples/neutron-film/MakeData.java
 */
public final class MakeData {

    /** The values the data are made with; the model's start values are off from them. */
    static final Map<String, Double> TRUE_VALUES = Map.of("SiO.sld", 3.47, "SiO.d", 1251.0, "SiO.sigma", 7.0,
            "Si.sigma", 4.0, "inst.I0", 0.95, "inst.Ibkg", 2e-6);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/neutron-film");
        int points = 300;
        double[] q = new double[points];
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < points; i++) {
            q[i] = 0.005 + i * (0.12 - 0.005) / (points - 1);
            grid.append(q[i]).append(" 1 1\n");
        }
        // The model reads its own data file when loaded, so a grid with placeholder values comes first.
        Path data = dir.resolve("sio-film.dat");
        Files.writeString(data, grid);
        ModelDefinition model = ModelFiles.load(dir.resolve("model.yaml"));
        for (Map.Entry<String, Double> v : new java.util.TreeMap<>(TRUE_VALUES).entrySet()) {
            model = model.withParameterValue(v.getKey(), v.getValue());
        }
        double[] r = model.problem().simulate(model.problem().startValues())[0];
        Random noise = new Random(11);
        StringBuilder out = new StringBuilder("# q(1/A) R dR: model.yaml at " + new java.util.TreeMap<>(TRUE_VALUES)
                + ", 3% Gaussian noise, seed 11 (MakeData.java)\n");
        for (int i = 0; i < points; i++) {
            out.append(String.format(Locale.ROOT, "%.6f %.6e %.6e%n", q[i], r[i] * (1 + 0.03 * noise.nextGaussian()),
                    0.03 * r[i]));
        }
        Files.writeString(data, out);
    }
}
