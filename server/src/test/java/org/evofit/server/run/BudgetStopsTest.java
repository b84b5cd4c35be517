package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster submission whose runs the workers stopped at the CPU budget is told apart by the runs'
 * exported result.json: any run stopped so makes a stop message naming how many; none (or a run with no
 * result, as a failed one) makes none.
 */
class BudgetStopsTest {

    @TempDir
    Path folder;

    private void result(String run, String stopReason) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("runs").resolve(run));
        Files.writeString(dir.resolve("result.json"), "{\"fom\": 0.5, \"stopReason\": \"" + stopReason + "\"}");
    }

    @Test
    void runsStoppedAtTheBudgetAreCountedAndOthersAreNot() throws Exception {
        result("a", "CPU_BUDGET");
        result("b", "MAX_GENERATIONS");
        result("c", "CPU_BUDGET");
        assertThat(BudgetStops.message(folder, List.of("a", "b", "c")))
                .isEqualTo("CPU budget reached (2 of 3 runs): each fit kept its best result so far");
        assertThat(BudgetStops.message(folder, List.of("a"))).isEqualTo("CPU budget reached: each fit kept its best result so far");
        assertThat(BudgetStops.message(folder, List.of("b", "missing"))).isNull();
    }
}
