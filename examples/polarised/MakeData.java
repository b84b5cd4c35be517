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
 * Makes pp.dat, mm.dat, pm.dat and mp.dat: model.yaml simulated at the values below on 90 q points from
 * 0.006 to 0.2 1/Å in each spin channel, times 1 + 4 % Gaussian noise of seed 16; the error column is 4 %
 * of the simulation. Run from the repository: java -cp cli/target/evofit.jar examples/polarised/MakeData.java
 */
public final class MakeData {

    /** The values the data are made with, which the fit should recover. */
    static final Map<String, Double> TRUTH = Map.of("Fe.d", 36.5, "Fe.sldm", 4.6, "Fe.thetaM", 235.0);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("examples/polarised");
        int points = 90;
        double[] q = new double[points];
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < points; i++) {
            q[i] = 0.006 + i * (0.2 - 0.006) / (points - 1);
            grid.append(q[i]).append(" 1 1\n");
        }
        String[] files = {"pp.dat", "mm.dat", "pm.dat", "mp.dat"};
        // The model reads its data files when loaded, so grids with placeholder values come first.
        for (String f : files) {
            Files.writeString(dir.resolve(f), grid);
        }
        ModelDefinition model = ModelFiles.load(dir.resolve("model.yaml"));
        for (Map.Entry<String, Double> e : new TreeMap<>(TRUTH).entrySet()) {
            model = model.withParameterValue(e.getKey(), e.getValue());
        }
        double[][] r = model.problem().simulate(model.problem().startValues());
        Random noise = new Random(16);
        for (int k = 0; k < files.length; k++) {
            StringBuilder out = new StringBuilder("# q(1/A) R dR: model.yaml's channel " + model.problem().dataSets()
                    .get(k).name() + " at " + new TreeMap<>(TRUTH) + ", 4% Gaussian noise, seed 16 (MakeData.java)\n");
            for (int i = 0; i < points; i++) {
                out.append(String.format(Locale.ROOT, "%.6f %.6e %.6e%n", q[i],
                        r[k][i] * (1 + 0.04 * noise.nextGaussian()), 0.04 * r[k][i]));
            }
            Files.writeString(dir.resolve(files[k]), out);
        }
    }
}
