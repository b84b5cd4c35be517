import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.evofit.wrapper.api.Curve;
import org.evofit.wrapper.api.Model;
import org.evofit.wrapper.script.ScriptModels;

/**
 * Makes graded.dat: model.java simulated at known values (d0 20, delta 0.8, dSi 30, sigma 3) on
 * 300 q points from 0.02 to 0.40 1/Å, times 1 + 3 % Gaussian noise of seed 42; the error column is
 * 3 % of the simulation. Run from the repository: java -cp cli/target/evofit.jar examples/script-coupled/MakeData.java
 */
public final class MakeData {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("examples/script-coupled");
        Path file = dir.resolve("graded.dat");
        int points = 300;
        double[] q = new double[points];
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < points; i++) {
            q[i] = 0.02 + i * (0.40 - 0.02) / (points - 1);
            grid.append(q[i]).append(" 1 1\n");
        }
        // The script reads its data when loaded, so a grid with placeholder values comes first.
        Files.writeString(file, grid);
        Model model = new Model(ScriptModels.load(dir.resolve("model.java")));
        Curve curve = model.simulate(Map.of("d0", 20.0, "delta", 0.8, "dSi", 30.0, "sigma", 3.0)).get(0);
        Random noise = new Random(42);
        StringBuilder out = new StringBuilder("# q(1/A) R dR: model.java at d0=20 delta=0.8 dSi=30 sigma=3,"
                + " 3% Gaussian noise, seed 42 (MakeData.java)\n");
        for (int i = 0; i < points; i++) {
            double r = curve.model()[i];
            out.append(String.format(Locale.ROOT, "%.6f %.6e %.6e%n", q[i], r * (1 + 0.03 * noise.nextGaussian()),
                    0.03 * r));
        }
        Files.writeString(file, out);
    }
}
