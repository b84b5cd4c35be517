import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;

/**
 * Makes data/film_T{T}K.dat for T = 50, 100, ..., 300: model.yaml simulated with the film's
 * thickness d = 100 + 0.5·T Å on 60 q points from 0.01 to 0.25 1/Å, times 1 + 1 % Gaussian noise
 * of seed 7; the error column is 1 % of the simulation. Run from the repository:
 * java -cp cli/target/evofit.jar examples/sequence/MakeData.java
 */
public final class MakeData {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("examples/sequence");
        int points = 60;
        double[] q = new double[points];
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < points; i++) {
            q[i] = 0.01 + i * (0.25 - 0.01) / (points - 1);
            grid.append(q[i]).append(" 1 1\n");
        }
        // The model reads its own data file when loaded, so a grid with placeholder values comes first.
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/film_T50K.dat"), grid);
        ModelDefinition model = ModelFiles.load(dir.resolve("model.yaml"));
        Random noise = new Random(7);
        for (int t = 50; t <= 300; t += 50) {
            double d = 100 + 0.5 * t;
            ModelDefinition at = model.withParameterValue("film.d", d);
            double[] r = at.problem().simulate(at.problem().startValues())[0];
            StringBuilder out = new StringBuilder("# q(1/A) R dR: model.yaml at T = " + t + " K, film.d = " + d
                    + " A, 1% Gaussian noise, seed 7 (MakeData.java)\n");
            for (int i = 0; i < points; i++) {
                out.append(String.format(Locale.ROOT, "%.6f %.6e %.6e%n", q[i],
                        r[i] * (1 + 0.01 * noise.nextGaussian()), 0.01 * r[i]));
            }
            Files.writeString(dir.resolve("data/film_T" + t + "K.dat"), out);
        }
    }
}
