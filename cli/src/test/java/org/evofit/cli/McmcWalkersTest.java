package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fit --mcmc} refuses an ensemble too small for what it would sample before the fit runs, not
 * after it: a peak of four free parameters without errors samples five (the error scale too).
 */
class McmcWalkersTest {

    @TempDir
    Path dir;

    @Test
    void tooFewWalkersAreBadInputBeforeTheFit() throws Exception {
        Path model = SampleModels.peak(dir, 81, false);
        Path out = dir.resolve("fit");

        Cli.Run run = Cli.run("fit", model.toString(), "--out", out.toString(), "--mcmc", "--walkers", "8",
                "--generations", "20", "--quiet");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains(model.toString()).contains("8 walkers cannot sample 5 parameters (4 free and"
                + " lnErrorScale, sampled because a data set has no errors)").contains("10");
        assertThat(out.resolve("result.json")).doesNotExist();
        assertThat(run.out()).doesNotContain("results written");
    }
}
