package org.evofit.wrapper.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.BandRow;
import org.evofit.wrapper.results.PosteriorJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosteriorBandsTest {

    private static final double SIGMA = 0.5;
    private static final int POINTS = 21;

    @TempDir
    Path dir;

    /** y = 2 + 0.5 x at x = 0..10 with Gaussian noise of SIGMA, fitted as a straight line. */
    private ModelDefinition line() throws Exception {
        StringBuilder data = new StringBuilder();
        SplittableRandom noise = new SplittableRandom(11);
        for (int i = 0; i < POINTS; i++) {
            double x = 0.5 * i;
            data.append(String.format(Locale.ROOT, "%.3f %.8f %.3f%n", x, 2 + 0.5 * x + SIGMA * noise.nextGaussian(),
                    SIGMA));
        }
        Files.writeString(dir.resolve("line.dat"), data.toString());
        Path model = Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - name: line
                    kind: polynomial
                    degree: 1
                    c0: {value: 2, min: -5, max: 10}
                    c1: {value: 0.5, min: -2, max: 3}
                data:
                  - {name: d, file: line.dat, columns: {x: 0, y: 1, error: 2}}
                fom: chi2bars
                """);
        return ModelFiles.load(model, null);
    }

    @Test
    void aBandsQuantilesAreTheDirectComputationAtEveryPoint() {
        SplittableRandom r = new SplittableRandom(5);
        double[][] draws = new double[37][6];
        for (double[] d : draws) {
            for (int i = 0; i < d.length; i++) {
                d[i] = i + r.nextGaussian() * (1 + i);
            }
        }
        double[] map = {0, 1, 2, 3, 4, 5};

        Band band = Band.of(draws, map);

        // Type 7 quantiles computed independently, by commons-math's percentile of that definition.
        Percentile type7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int i = 0; i < map.length; i++) {
            double[] column = new double[draws.length];
            for (int k = 0; k < draws.length; k++) {
                column[k] = draws[k][i];
            }
            assertThat(band.median()[i]).isCloseTo(type7.evaluate(column, 50), within(1e-12));
            assertThat(band.low68()[i]).isCloseTo(type7.evaluate(column, 15.8655), within(1e-12));
            assertThat(band.high68()[i]).isCloseTo(type7.evaluate(column, 84.1345), within(1e-12));
            assertThat(band.low95()[i]).isCloseTo(type7.evaluate(column, 2.5), within(1e-12));
            assertThat(band.high95()[i]).isCloseTo(type7.evaluate(column, 97.5), within(1e-12));
        }
        assertThat(band.map()).containsExactly(map);
    }

    @Test
    void aChainOfIdenticalSamplesHasABandOfZeroWidthOnItsCurve() throws Exception {
        ModelDefinition model = line();
        double[] at = {2.1, 0.45};
        double[][] samples = new double[2][300];
        java.util.Arrays.fill(samples[0], at[0]);
        java.util.Arrays.fill(samples[1], at[1]);

        List<BandRow> rows = PosteriorBands.curves(model, new ChainSamples(List.of("line.c0", "line.c1"), samples), at);

        assertThat(rows).hasSize(POINTS);
        for (BandRow row : rows) {
            double expected = at[0] + at[1] * row.x();
            assertThat(row.map()).isCloseTo(expected, within(1e-12));
            assertThat(List.of(row.median(), row.low68(), row.high68(), row.low95(), row.high95()))
                    .allSatisfy(v -> assertThat(v).isEqualTo(row.map()));
        }
        assertThat(PosteriorBands.sld(model, new ChainSamples(List.of("line.c0", "line.c1"), samples), at)).isEmpty();
    }

    @Test
    void aSampledLinesBandBracketsItsMapCurveAndHasTheAnalyticWidth() throws Exception {
        ModelDefinition model = line();
        Path out = dir.resolve("out");
        Sampling.of(new SamplerSettings(16, 1500, 300, 5, 7)).run(model, new double[] {2, 0.5}, out);
        ChainSamples chain = ChainSamples.read(out);
        PosteriorJson posterior = PosteriorJson.read(out.resolve(SampleFiles.POSTERIOR_JSON));
        double[] map = posterior.parameters().stream().mapToDouble(PosteriorJson.Row::map).toArray();

        List<BandRow> rows = PosteriorBands.curves(model, chain, map);

        // Flat priors and Gaussian errors: the posterior of (c0, c1) is Gaussian with covariance
        // sigma^2 (A^T A)^-1, so the curve at x has sd sigma * sqrt((Sxx - 2 x Sx + n x^2) / (n Sxx - Sx^2)).
        double n = POINTS;
        double sx = 0;
        double sxx = 0;
        for (int i = 0; i < POINTS; i++) {
            sx += 0.5 * i;
            sxx += 0.25 * i * i;
        }
        for (BandRow row : rows) {
            assertThat(row.low95()).isLessThanOrEqualTo(row.map());
            assertThat(row.high95()).isGreaterThanOrEqualTo(row.map());
            assertThat(row.low95()).isLessThan(row.low68());
            assertThat(row.high68()).isLessThan(row.high95());
            double x = row.x();
            double sd = SIGMA * Math.sqrt((sxx - 2 * x * sx + n * x * x) / (n * sxx - sx * sx));
            // 200 draws: the 68 % half-width estimates sd to a few per cent; 25 % leaves room for the chain.
            assertThat((row.high68() - row.low68()) / 2).as("x = %s", x).isCloseTo(sd, within(0.25 * sd));
        }
    }

    @Test
    void aFilmsSldBandLiesBetweenTheProfilesOfItsDrawsAndOnTheMapProfile() throws Exception {
        StringBuilder data = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            data.append(String.format(Locale.ROOT, "%.4f %.6e %.6e%n", 0.01 * i, 1e-3 / i, 1e-4 / i));
        }
        Files.writeString(dir.resolve("film.dat"), data.toString());
        Path file = Files.writeString(dir.resolve("film.yaml"), """
                kind: reflectivity
                instrument: {probe: neutron, wavelength: 5, coords: q, I0: 1, Ibkg: 0, resolution: {type: no conv}}
                layers:
                  amb: {sld: 0}
                  film: {sld: 4, d: {value: 150, min: 50, max: 300}, sigma: 4}
                  Si: {sld: 2.07, sigma: 3}
                sample: {ambient: amb, stacks: [{name: s, layers: [film], repetitions: 1}], substrate: Si}
                data: [{file: film.dat, columns: {x: 0, y: 1, error: 2}}]
                fom: log
                """);
        ModelDefinition model = ModelFiles.load(file, null);
        double[][] samples = new double[1][100];
        for (int i = 0; i < 100; i++) {
            samples[0][i] = i % 2 == 0 ? 150 : 160;
        }
        ChainSamples chain = new ChainSamples(List.of("film.d"), samples);

        List<BandRow> rows = PosteriorBands.sld(model, chain, new double[] {150});

        org.evofit.core.refl.sample.ReflectivityModel refl =
                (org.evofit.core.refl.sample.ReflectivityModel) model.problem().model();
        org.evofit.core.refl.SldProfile thin = refl.profile(model.problem().values(new double[] {150}), 500);
        org.evofit.core.refl.SldProfile thick = refl.profile(model.problem().values(new double[] {160}), 500);
        double[] thickAtThin = PosteriorBands.interpolate(thick.z(), thick.re(), thin.z());
        assertThat(rows).hasSize(500).allSatisfy(r -> assertThat(r.curve()).isEqualTo(PosteriorBands.ONE_SAMPLE));
        for (int k = 0; k < rows.size(); k++) {
            BandRow r = rows.get(k);
            double lo = Math.min(thin.re()[k], thickAtThin[k]);
            double hi = Math.max(thin.re()[k], thickAtThin[k]);
            assertThat(r.x()).isEqualTo(thin.z()[k]);
            assertThat(r.map()).isEqualTo(thin.re()[k]);
            // Half the draws at each thickness: the 2.5 % and 97.5 % quantiles are the two profiles, the
            // median half way between them (type 7 interpolates between the 50th and 51st of 100).
            assertThat(r.low95()).isEqualTo(lo);
            assertThat(r.high95()).isEqualTo(hi);
            assertThat(r.median()).isCloseTo(lo + 0.5 * (hi - lo), within(1e-12));
        }
        // Where the substrate starts in one draw and the film still goes on in the other, the band is wide.
        assertThat(rows.stream().mapToDouble(r -> r.high95() - r.low95()).max().orElseThrow()).isGreaterThan(1);
    }

    @Test
    void drawsAreEvenlySpacedThroughTheChainAndAllOfAShortOne() {
        assertThat(PosteriorBands.draws(1000, 200)).hasSize(200).startsWith(0, 5, 10).endsWith(995);
        assertThat(PosteriorBands.draws(7, 200)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void aProfileIsInterpolatedLinearlyAndHeldAtItsEndsBeyondIt() {
        double[] z = {0, 10, 20};
        double[] sld = {0, 4, 2};

        double[] at = PosteriorBands.interpolate(z, sld, new double[] {-5, 0, 2.5, 10, 15, 20, 30});

        assertThat(at).containsExactly(new double[] {0, 0, 1, 4, 3, 2, 2}, within(1e-12));
    }
}
