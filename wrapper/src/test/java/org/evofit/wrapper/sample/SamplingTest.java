package org.evofit.wrapper.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.results.ResultCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplingTest {

    private static final SamplerSettings SETTINGS = new SamplerSettings(16, 300, 100, 2, 5);

    @TempDir
    Path dir;

    /** A Gaussian peak on a background, measured with 1-sigma errors (or none). */
    private ModelDefinition peak(boolean errors) throws Exception {
        StringBuilder data = new StringBuilder();
        SplittableRandom noise = new SplittableRandom(3);
        for (int i = 0; i <= 80; i++) {
            double x = i * 0.125;
            double y = 10 * Math.exp(-(x - 5) * (x - 5) / 2) + 1;
            double e = 0.2;
            data.append(String.format(Locale.ROOT, errors ? "%.4f %.8f %.3f%n" : "%.4f %.8f%n", x,
                    y + e * noise.nextGaussian(), e));
        }
        Files.writeString(dir.resolve("peak.dat"), data.toString());
        Path model = Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - name: g
                    kind: gaussian
                    height: {value: 10, min: 5, max: 15}
                    center: {value: 5, min: 4, max: 6}
                    sigma: {value: 1, min: 0.5, max: 2}
                  - name: bkg
                    kind: constant
                    value: {value: 1, min: 0, max: 2}
                data:
                  - {name: d, file: peak.dat%s}
                fom: diff
                """.formatted(errors ? ", columns: {x: 0, y: 1, error: 2}" : ""));
        return ModelFiles.load(model, null);
    }

    @Test
    void aFinishedRunWritesItsChainThatReadsBackBitForBitAndItsTables() throws Exception {
        ModelDefinition model = peak(true);
        Path out = dir.resolve("out");

        SampleRun run = Sampling.of(SETTINGS).withThreads(2).run(model, model.problem().objective().start(), out);

        assertThat(run.interrupted()).isFalse();
        ChainFile back = ChainFile.read(out.resolve(ChainFile.NAME), SETTINGS.steps() + 1);
        assertThat(back.names()).isEqualTo(List.of("g.height", "g.center", "g.sigma", "bkg.value"));
        assertThat(back.seed()).isEqualTo(5);
        for (int r = 0; r <= SETTINGS.steps(); r++) {
            assertThat(back.chain().rowPositions(r)).containsExactly(run.chain().rowPositions(r));
            assertThat(back.chain().rowLogPosterior(r)).containsExactly(run.chain().rowLogPosterior(r));
        }
        // Steps 101, 103, ..., 299: 100 thinned steps of 16 walkers.
        assertThat(ResultCsv.read(out.resolve(SampleFiles.CHAIN_CSV)).rows()).hasSize(100 * 16);
        assertThat(ResultCsv.read(out.resolve(SampleFiles.POSTERIOR_CSV)).rows()).hasSize(4);
        PosteriorJson json = PosteriorJson.read(out.resolve(SampleFiles.POSTERIOR_JSON));
        assertThat(json.burn()).isEqualTo(100);
        assertThat(json.parameters().get(1).median()).isEqualTo(run.posterior().parameters().get(1).median());
        assertThat(json.correlation()[2][2]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Files.exists(out.resolve(Sampling.CHECKPOINT))).isFalse();
        // The centre lies within its 95 % interval (the data were made at 5).
        assertThat(run.posterior().parameter("g.center").low95()).isLessThan(5.0);
        assertThat(run.posterior().parameter("g.center").high95()).isGreaterThan(5.0);
        assertThat(run.table()).contains("g.center").contains("68 % interval").contains("16 walkers x 300 steps");
    }

    @Test
    void anInterruptedRunLeavesOnlyItsCheckpointAndTheRerunWritesTheUninterruptedChain() throws Exception {
        ModelDefinition model = peak(true);
        double[] start = model.problem().objective().start();
        Path whole = dir.resolve("whole");
        Path broken = dir.resolve("broken");
        Sampling.of(SETTINGS).run(model, start, whole);

        SampleRun first = Sampling.of(SETTINGS).withCheckpointEvery(Duration.ofHours(1)).listening(chain -> {
            if (chain.steps() == 170) {
                Thread.currentThread().interrupt();
            }
        }).withThreads(2).run(model, start, broken);
        assertThat(Thread.interrupted()).isTrue();

        assertThat(first.interrupted()).isTrue();
        assertThat(Files.exists(broken.resolve(Sampling.CHECKPOINT))).isTrue();
        assertThat(Files.exists(broken.resolve(ChainFile.NAME))).isFalse();
        SampleRun resumed = Sampling.of(SETTINGS).run(model, start, broken);
        assertThat(resumed.resumedStep()).isEqualTo(170);
        assertThat(Files.readAllBytes(broken.resolve(ChainFile.NAME)))
                .isEqualTo(Files.readAllBytes(whole.resolve(ChainFile.NAME)));
        assertThat(Files.readString(broken.resolve(SampleFiles.POSTERIOR_CSV)))
                .isEqualTo(Files.readString(whole.resolve(SampleFiles.POSTERIOR_CSV)));
    }

    @Test
    void dataWithoutErrorsAreSampledWithAnErrorScaleThatTheOutputStates() throws Exception {
        ModelDefinition model = peak(false);
        Path out = dir.resolve("out");

        SampleRun run = Sampling.of(SETTINGS).run(model, model.problem().objective().start(), out);

        assertThat(run.names()).containsExactly("g.height", "g.center", "g.sigma", "bkg.value", "lnErrorScale");
        assertThat(run.table()).contains("lnErrorScale").contains("note: data set d has no errors");
        assertThat(PosteriorJson.read(out.resolve(SampleFiles.POSTERIOR_JSON)).errorModel())
                .contains("figure of merit diff counted it").contains("Laplace density of scale s");
    }

    @Test
    void aResultJsonBesideGainsThePosteriorSectionKeepingItsKeys() throws Exception {
        ModelDefinition model = peak(true);
        Path out = Files.createDirectories(dir.resolve("fit"));
        Files.writeString(out.resolve("result.json"), "{\n  \"fom\" : 1.5,\n  \"seed\" : 5\n}\n");

        Sampling.of(SETTINGS).run(model, model.problem().objective().start(), out);

        String text = Files.readString(out.resolve("result.json"));
        assertThat(text).startsWith("{\n  \"fom\" : 1.5,\n  \"seed\" : 5,\n  \"posterior\" : {");
        PosteriorJson section = PosteriorJson.section(out.resolve("result.json"));
        assertThat(section.walkers()).isEqualTo(16);
        assertThat(section.parameters()).hasSize(4);
    }
}
