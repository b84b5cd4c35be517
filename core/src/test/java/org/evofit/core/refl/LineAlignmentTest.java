package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The magnetic workspace's block state starts its rows on 64-byte lines ({@link LineAlignment}), and where the rows
 * start changes no bit of the kernel's results, in either implementation: only the speed may depend on it.
 */
class LineAlignmentTest {

    @Test
    void theChosenOffsetPutsTheRowsOnLines() {
        assumeTrue(LineAlignment.available(), "this JVM gives no address");
        // Arrays of sizes that step through the offsets in between, kept, so that the workspaces land differently.
        List<Object> kept = new ArrayList<>();
        for (int n = 0; n < 24; n++) {
            kept.add(new double[n]);
            MagneticWorkspace ws = new MagneticWorkspace(MagneticImplementation.SCALAR);
            kept.add(ws);
            ws.align();
            assertThat(Math.floorMod(ws.rowsAddress(), 64)).as("workspace %d", n).isZero();
            for (int at : new int[] {ws.lower, ws.upper, ws.y(), ws.kk(), ws.g(), ws.t(), ws.r(), ws.l(), ws.p(),
                    ws.inv(), ws.x(), ws.angle(), ws.e(), ws.sRe(), ws.sIm(), ws.fRe(), ws.fIm()}) {
                assertThat((at - ws.kz2()) % 8).as("a range's start, in doubles from the first").isZero();
            }
        }
    }

    @Test
    void theRowsStartingAtAnyOffsetGiveTheSameBits() {
        List<MagneticImplementation> implementations = new ArrayList<>(List.of(MagneticImplementation.SCALAR));
        if (MagneticImplementation.VECTOR.available()) {
            implementations.add(MagneticImplementation.VECTOR);
        }
        double[] q = BenchStacks.linear(0.005, 0.5, 300);
        for (int layers : new int[] {3, 40}) {
            MagneticSlabs stack = MagneticBenchmark.random(layers, 42 + layers);
            for (double field : new double[] {0, 0.5}) {
                double aguide = field == 0 ? 90 : 5;
                SpinChannels expected = SpinChannels.ofLength(q.length);
                MagneticKernel.reflectivity(stack, aguide, field, q, 0, q.length, expected,
                        new MagneticWorkspace(MagneticImplementation.SCALAR));
                for (MagneticImplementation implementation : implementations) {
                    MagneticWorkspace ws = new MagneticWorkspace(implementation);
                    for (int base = 0; base <= LineAlignment.SPARE; base++) {
                        ws.forceOffset(base);
                        SpinChannels out = SpinChannels.ofLength(q.length);
                        MagneticKernel.reflectivity(stack, aguide, field, q, 0, q.length, out, ws);
                        for (int c = 0; c < 4; c++) {
                            assertThat(out.get(c)).as("%s, %d layers, %s T, offset %d, channel %d", implementation,
                                    layers, field, base, c).containsExactly(expected.get(c));
                        }
                    }
                }
            }
        }
    }
}
