package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.results.ResultCsv;
import org.evofit.wrapper.results.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    @TempDir
    Path dir;

    @Test
    void sampleWritesTheChainAndThePosteriorAndPrintsTheTable() throws Exception {
        Path model = SampleModels.peak(dir, 81, true);
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("sample", model.toString(), "--out", out.toString(), "--steps", "400", "--walkers", "16",
                "--burn", "100", "--thin", "3", "--seed", "4", "--threads", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("g.center").contains("68 % interval").contains("95 % interval")
                .contains("16 walkers x 400 steps, burn-in 100, thin 3").contains("posterior written to " + out);
        assertThat(run.err()).contains("sample: step 400/400 (100.0 %)").contains("ETA");
        // Steps 101, 104, ..., 398: 100 thinned steps of 16 walkers.
        assertThat(ResultCsv.read(out.resolve("chain.csv")).rows()).hasSize(100 * 16);
        assertThat(ResultCsv.read(out.resolve("correlation.csv")).rows()).hasSize(4);
        PosteriorJson posterior = PosteriorJson.read(out.resolve("posterior.json"));
        assertThat(posterior.seed()).isEqualTo(4);
        assertThat(posterior.parameters()).extracting(PosteriorJson.Row::name)
                .containsExactly("g.height", "g.center", "g.sigma", "bkg.value");
        assertThat(Files.exists(out.resolve("chain.bin"))).isTrue();
        assertThat(Files.exists(out.resolve("chain.checkpoint"))).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameChainOnOneAndTwoThreads() throws Exception {
        Path model = SampleModels.peak(dir, 81, true);

        Cli.Run one = Cli.run("sample", model.toString(), "--out", dir.resolve("one").toString(), "--steps", "150",
                "--walkers", "8", "--threads", "1", "--quiet");
        Cli.Run two = Cli.run("sample", model.toString(), "--out", dir.resolve("two").toString(), "--steps", "150",
                "--walkers", "8", "--threads", "2", "--quiet");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("two/chain.bin"))).isEqualTo(Files.readAllBytes(dir.resolve("one/chain.bin")));
        assertThat(two.out()).isEqualTo(one.out().replace(dir.resolve("one").toString(), dir.resolve("two").toString()));
    }

    @Test
    void fitWithMcmcSamplesAroundTheOptimumAndResultJsonGainsThePosterior() throws Exception {
        Path model = SampleModels.peak(dir, 81, true);
        Path out = dir.resolve("fit");

        Cli.Run run = Cli.run("fit", model.toString(), "--out", out.toString(), "--mcmc", "--steps", "300",
                "--walkers", "16", "--seed", "8", "--threads", "1", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        ResultJson result = ResultJson.read(out.resolve("result.json"));
        PosteriorJson posterior = PosteriorJson.section(out.resolve("result.json"));
        assertThat(posterior.seed()).isEqualTo(8);
        assertThat(posterior.steps()).isEqualTo(300);
        double fitted = result.parameters().stream().filter(p -> p.name().equals("g.center")).findFirst()
                .orElseThrow().value();
        PosteriorJson.Row center = posterior.parameters().get(1);
        assertThat(center.low95()).isLessThan(fitted);
        assertThat(center.high95()).isGreaterThan(fitted);
        assertThat(Files.exists(out.resolve("fit.csv"))).isTrue();
        assertThat(Files.exists(out.resolve("posterior.csv"))).isTrue();
    }

    @Test
    void sampleFromAFinishedFitStartsAtItsValues() throws Exception {
        Path model = SampleModels.peak(dir, 81, true);
        Cli.Run fit = Cli.run("fit", model.toString(), "--out", dir.resolve("fit").toString(), "--quiet");
        assertThat(fit.exitCode()).as(fit.err()).isZero();

        Cli.Run run = Cli.run("sample", model.toString(), "--out", dir.resolve("post").toString(), "--from",
                dir.resolve("fit").toString(), "--steps", "200", "--walkers", "8", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Row 0 is a ball of 1e-3 of the bound range around the start: g.center's range is 2.
        double fitted = ResultJson.read(dir.resolve("fit/result.json")).parameters().stream()
                .filter(p -> p.name().equals("g.center")).findFirst().orElseThrow().value();
        org.evofit.wrapper.sample.ChainFile chain = org.evofit.wrapper.sample.ChainFile.read(
                dir.resolve("post/chain.bin"), 201);
        for (int w = 0; w < 8; w++) {
            assertThat(chain.chain().value(0, w, 1)).isCloseTo(fitted, org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void aZeroErrorIsRefusedNamingTheFileWithExitTwoAndNothingWritten() throws Exception {
        Path model = SampleModels.peak(dir, 81, true);
        Path data = dir.resolve("peak.dat");
        Files.writeString(data, Files.readString(data).replaceFirst(" 0\\.2\n", " 0\n"));
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("sample", model.toString(), "--out", out.toString(), "--steps", "100", "--quiet");

        assertThat(run.exitCode()).isEqualTo(2);
        // The data file's reader refuses it at its line, before sampling starts.
        assertThat(run.err()).contains("peak.dat:1:").contains("error greater than 0");
        assertThat(out).doesNotExist();
    }

    @Test
    void dataWithoutErrorsAreSampledWithAnErrorScaleStatedInTheOutput() throws Exception {
        Path model = SampleModels.peak(dir, 81, false);
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("sample", model.toString(), "--out", out.toString(), "--steps", "100", "--walkers", "10",
                "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("lnErrorScale").contains("note: data set d has no errors");
        assertThat(PosteriorJson.read(out.resolve("posterior.json")).errorModel()).contains("lnErrorScale");
    }

    @Test
    void badSamplerOptionsAreRefusedNamingTheOption() throws Exception {
        Path model = SampleModels.peak(dir, 81, true);

        Cli.Run odd = Cli.run("sample", model.toString(), "--out", dir.resolve("o").toString(), "--walkers", "9");
        Cli.Run burn = Cli.run("sample", model.toString(), "--out", dir.resolve("o").toString(), "--steps", "10",
                "--burn", "10");
        Cli.Run moves = Cli.run("sample", model.toString(), "--out", dir.resolve("o").toString(), "--moves", "dream");

        assertThat(odd.exitCode()).isEqualTo(2);
        assertThat(odd.err()).contains("--walkers must be an even number of at least 8, got 9");
        assertThat(burn.exitCode()).isEqualTo(2);
        assertThat(burn.err()).contains("--burn must be");
        assertThat(moves.exitCode()).isEqualTo(2);
        assertThat(moves.err()).contains("--moves must be 'ensemble' or 'adaptive', got 'dream'");
        assertThat(dir.resolve("o")).doesNotExist();
    }
}
