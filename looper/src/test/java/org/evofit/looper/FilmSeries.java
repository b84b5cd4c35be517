package org.evofit.looper;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;

/**
 * A film on Si whose thickness grows with temperature, d(T) = 100 + 0.5·T Å, as a neutron
 * reflectivity model file and synthetic data files {@code data/film_T{T}K.dat} (q from 0.01 to
 * 0.25 1/Å, 60 points, 1 % Gaussian noise from a fixed seed, the error column 1 % of the curve).
 */
final class FilmSeries {

    /** The model file: film.d and film.sigma fitted, chi2 on the data's errors. */
    static final String MODEL = """
            kind: reflectivity
            instrument: {probe: neutron, wavelength: 5, coords: q, I0: 1, Ibkg: 0, resolution: {type: no conv}}
            layers:
              amb: {sld: 0}
              film: {sld: 4, d: {value: 150, min: 50, max: 300}, sigma: {value: 4, min: 1, max: 10}}
              Si: {sld: 2.07, sigma: 3}
            sample: {ambient: amb, stacks: [{name: s, layers: [film], repetitions: 1}], substrate: Si}
            data: [{file: data/template.dat, columns: {x: 0, y: 1, error: 2}}]
            fom: chi2
            optimizer: {population: 20, generations: 60, seed: 1}
            """;

    private FilmSeries() {
    }

    /** The thickness the data at temperature {@code t} were made with. */
    static double thickness(double t) {
        return 100 + 0.5 * t;
    }

    /** Writes model.yaml and one data file per temperature into {@code dir}; returns the model. */
    static Path write(Path dir, int... temperatures) {
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            template.append(String.format(Locale.ROOT, "%.6f 1 0.01%n", q(i)));
        }
        Fixture.write(dir.resolve("data/template.dat"), template.toString());
        Path model = Fixture.write(dir.resolve("model.yaml"), MODEL);
        ModelDefinition definition = ModelFiles.load(model);
        Random noise = new Random(20261126L);
        for (int t : temperatures) {
            ModelDefinition at = definition.withParameterValue("film.d", thickness(t));
            double[] r = at.problem().simulate(at.problem().startValues())[0];
            StringBuilder sb = new StringBuilder("# q R dR: film d = " + thickness(t) + " A, 1 % noise\n");
            for (int i = 0; i < r.length; i++) {
                double y = r[i] * (1 + 0.01 * noise.nextGaussian());
                sb.append(String.format(Locale.ROOT, "%.6f %.10e %.10e%n", q(i), y, 0.01 * r[i]));
            }
            Fixture.write(dir.resolve("data/film_T" + t + "K.dat"), sb.toString());
        }
        return model;
    }

    private static double q(int i) {
        return 0.01 + 0.24 * i / 59.0;
    }
}
