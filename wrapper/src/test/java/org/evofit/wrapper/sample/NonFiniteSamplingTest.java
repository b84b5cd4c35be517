package org.evofit.wrapper.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.evofit.core.mcmc.ParameterPosterior;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.PosteriorJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that is NaN in part of its prior box is sampled: the moves there are rejected, counted and
 * reported (table, posterior.json), and the posterior is the prior truncated to where the model exists.
 */
class NonFiniteSamplingTest {

    @TempDir
    Path dir;

    @Test
    void aModelNanForPartOfAParametersRangeIsSampledAndTheRejectionsReported() throws Exception {
        StringBuilder data = new StringBuilder();
        SplittableRandom noise = new SplittableRandom(8);
        for (int i = 0; i <= 40; i++) {
            double x = i * 0.25;
            data.append(String.format(Locale.ROOT, "%.4f %.8f 0.1%n", x, 0.5 * x + 1 + 0.1 * noise.nextGaussian()));
        }
        Files.writeString(dir.resolve("line.dat"), data.toString());
        // u does not change the model where it exists (0 x sqrt(1 - u)), but the model is NaN at every
        // point for u > 1: its posterior is the prior cut to [0, 1], uniform there.
        Path file = Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - name: line
                    kind: polynomial
                    degree: 1
                    c0: {value: 1, min: 0, max: 2}
                    c1: {value: 0.5, min: 0, max: 1}
                  - name: e
                    kind: expression
                    expression: "0 * sqrt(1 - u)"
                    parameters: [u]
                    u: {value: 0.5, min: 0, max: 2}
                data:
                  - {name: d, file: line.dat, columns: {x: 0, y: 1, error: 2}}
                """);
        ModelDefinition model = ModelFiles.load(file, null);
        SamplerSettings settings = new SamplerSettings(16, 3000, 500, 1, 4);
        Path out = dir.resolve("out");

        SampleRun run = Sampling.of(settings).withThreads(2).run(model, model.problem().objective().start(), out);

        long rejected = run.posterior().nonFinite();
        assertThat(rejected).isPositive().isEqualTo(run.chain().nonFiniteTotal());
        ParameterPosterior u = run.posterior().parameter("e.u");
        assertThat(u.high95()).isLessThanOrEqualTo(1.0);
        // Uniform on [0, 1]: median 1/2 and 95 % interval [0.025, 0.975], within Monte-Carlo error.
        assertThat(u.median()).isCloseTo(0.5, within(0.05));
        assertThat(u.low95()).isCloseTo(0.025, within(0.02));
        assertThat(u.high95()).isCloseTo(0.975, within(0.02));
        assertThat(run.table()).contains("warning: " + rejected + " of " + 3000L * 16 + " proposals");
        PosteriorJson json = PosteriorJson.read(out.resolve(SampleFiles.POSTERIOR_JSON));
        assertThat(json.nonFinite()).isEqualTo(rejected);
        assertThat(json.warnings()).anyMatch(w -> w.contains("not finite"));
    }
}
