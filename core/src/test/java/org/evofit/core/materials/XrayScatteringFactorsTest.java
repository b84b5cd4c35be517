package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Expected values are interpolated by hand from the rows of the shipped .nff files, which are quoted
 * in each test (E in eV, f1, f2).
 */
class XrayScatteringFactorsTest {

    private static final XrayScatteringFactors FP = XrayScatteringFactors.standard();

    /** Cu Kα as GenX's examples use it. */
    private static final double CU_KA = 1.54;

    /** 12398.42 / 1.54 = 8050.922077922078 eV. */
    private static final double E_CU = 12398.42 / 1.54;

    /** The straight line through (e0, v0) and (e1, v1) at e, written the textbook way. */
    private static double line(double e, double e0, double v0, double e1, double v1) {
        return v0 + (e - e0) * (v1 - v0) / (e1 - e0);
    }

    @Test
    void energyOfCuKalpha() {
        assertThat(XrayScatteringFactors.energyEv(CU_KA)).isEqualTo(8050.922077922078);
    }

    @Test
    void ironAtCuKalpha() {
        // fe.nff rows around 8050.92 eV:
        //   7902.609  24.6085597  3.265
        //   8447.89   25.1910597  2.9475
        // t  = (8050.922078 - 7902.609) / (8447.89 - 7902.609) = 148.313078 / 545.281 = 0.2719938489
        // f1 = 24.6085597 + t * 0.5825    = 24.7669961170
        // f2 = 3.265      + t * (-0.3175) = 3.1786419530
        ComplexValue f = FP.f("Fe", CU_KA);
        assertThat(f.re()).isCloseTo(line(E_CU, 7902.609, 24.6085597, 8447.89, 25.1910597), within(1e-12));
        assertThat(f.im()).isCloseTo(-line(E_CU, 7902.609, 3.265, 8447.89, 2.9475), within(1e-12));
        assertThat(f.re()).isCloseTo(24.7669961170, within(1e-9));
        assertThat(f.im()).isCloseTo(-3.1786419530, within(1e-9));
    }

    @Test
    void platinumAtCuKalpha() {
        // pt.nff is finely tabulated here (L-edge region above):
        //   8043.8952  73.256091  6.8355
        //   8084.1147  73.232791  6.7857
        // t  = (8050.922078 - 8043.8952) / 40.2195 = 0.1747132093
        // f1 = 73.256091 + t * (-0.0233) = 73.2520201822
        // f2 = 6.8355    + t * (-0.0498) = 6.8267992822
        ComplexValue f = FP.f("Pt", CU_KA);
        assertThat(f.re()).isCloseTo(line(E_CU, 8043.8952, 73.256091, 8084.1147, 73.232791), within(1e-11));
        assertThat(f.im()).isCloseTo(-line(E_CU, 8043.8952, 6.8355, 8084.1147, 6.7857), within(1e-11));
        assertThat(f.re()).isCloseTo(73.2520201822, within(1e-9));
        assertThat(f.im()).isCloseTo(-6.8267992822, within(1e-9));
    }

    @Test
    void magnesiumAtCuKalpha() {
        // mg.nff: 7902.609 12.1719498 0.18283 / 8447.89 12.1569498 0.1606, t = 0.2719938489
        // f1 = 12.1719498 + t * (-0.015)   = 12.1678698923
        // f2 = 0.18283    + t * (-0.02223) = 0.1767835767
        ComplexValue f = FP.f("Mg", CU_KA);
        assertThat(f.re()).isCloseTo(line(E_CU, 7902.609, 12.1719498, 8447.89, 12.1569498), within(1e-12));
        assertThat(f.im()).isCloseTo(-line(E_CU, 7902.609, 0.18283, 8447.89, 0.1606), within(1e-12));
        assertThat(f.re()).isCloseTo(12.1678698923, within(1e-9));
        assertThat(f.im()).isCloseTo(-0.1767835767, within(1e-9));
    }

    @Test
    void oxygenAtCuKalpha() {
        // o.nff: 7902.609 8.0469656 0.033166 / 8447.89 8.0416856 0.028976, t = 0.2719938489
        // f1 = 8.0469656 + t * (-0.00528)  = 8.0455294725
        // f2 = 0.033166  + t * (-0.00419)  = 0.0320263458
        ComplexValue f = FP.f("O", CU_KA);
        assertThat(f.re()).isCloseTo(line(E_CU, 7902.609, 8.0469656, 8447.89, 8.0416856), within(1e-12));
        assertThat(f.im()).isCloseTo(-line(E_CU, 7902.609, 0.033166, 8447.89, 0.028976), within(1e-12));
        assertThat(f.re()).isCloseTo(8.0455294725, within(1e-9));
        assertThat(f.im()).isCloseTo(-0.0320263458, within(1e-9));
    }

    @Test
    void ironAtMoKalpha() {
        // 12398.42 / 0.7093 = 17479.796983 eV; fe.nff: 16463.62 26.3443597 0.93409 / 17599.61 26.3349597 0.82587
        // t = 1016.176983 / 1135.99 = 0.8945298664
        // f1 = 26.3443597 + t * (-0.0094)   = 26.3359511193
        // f2 = 0.93409    + t * (-0.10822)  = 0.8372839779
        ComplexValue f = FP.f("Fe", 0.7093);
        assertThat(f.re()).isCloseTo(26.3359511193, within(1e-9));
        assertThat(f.im()).isCloseTo(-0.8372839779, within(1e-9));
    }

    @Test
    void aTabulatedEnergyReturnsTheRowExactly() {
        // fe.nff row: 7902.609 24.6085597 3.265
        assertThat(FP.fAtEnergy("Fe", 7902.609)).isEqualTo(new ComplexValue(24.6085597, -3.265));
        // the first and the last rows of fe.nff are inside the range
        assertThat(FP.fAtEnergy("Fe", 10.69)).isEqualTo(new ComplexValue(4.3293797, -1.424));
        assertThat(FP.fAtEnergy("Fe", 378858.8)).isEqualTo(new ComplexValue(25.9302597, -0.0016534));
    }

    @Test
    void aWavelengthOnATabulatedEnergyMatchesTheRowToRounding() {
        // λ = 12398.42 / 8447.89 Å lands on the fe.nff row 8447.89 25.1910597 2.9475 up to one rounding
        ComplexValue f = FP.f("Fe", 12398.42 / 8447.89);
        assertThat(f.re()).isCloseTo(25.1910597, within(1e-12));
        assertThat(f.im()).isCloseTo(-2.9475, within(1e-12));
    }

    @Test
    void acrossTheIronKEdgeTheTwoBracketingRowsAreUsed() {
        // The K edge (7112 eV) lies between two fe.nff rows; FFAST does not repeat edge energies:
        //   7104.888  19.1937597  0.45477
        //   7147.56   20.9803597  3.8992
        // at 7112 eV: t = 7.112 / 42.672 = 0.1666666667
        // f1 = 19.1937597 + t * 1.7866   = 19.4915263667
        // f2 = 0.45477    + t * 3.44443  = 1.0288416667
        ComplexValue f = FP.fAtEnergy("Fe", 7112.0);
        assertThat(f.re()).isCloseTo(line(7112.0, 7104.888, 19.1937597, 7147.56, 20.9803597), within(1e-12));
        assertThat(f.im()).isCloseTo(-line(7112.0, 7104.888, 0.45477, 7147.56, 3.8992), within(1e-12));
        assertThat(f.re()).isCloseTo(19.4915263667, within(1e-9));
    }

    @Test
    void unknownElementsAreNamed() {
        assertThatThrownBy(() -> FP.f("Xx", CU_KA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown element 'Xx'");
        assertThatThrownBy(() -> FP.f("FE", CU_KA))
                .hasMessage("unknown element 'FE' (element symbols are case-sensitive: did you mean 'Fe'?)");
        assertThatThrownBy(() -> FP.f("fe", CU_KA)).hasMessageStartingWith("unknown element 'fe'");
        assertThatThrownBy(() -> FP.f("Np", CU_KA))
                .hasMessage("unknown element 'Np' for X-ray scattering factors: the tables cover H to U");
        assertThat(FP.has("U")).isTrue();
        assertThat(FP.has("Np")).isFalse();
        assertThat(FP.has("FE")).isFalse();
    }

    @Test
    void aWavelengthOutsideTheTableIsRejectedWithTheValidRange() {
        // fe.nff covers 10.69 to 378858.8 eV, that is 12398.42/378858.8 = 0.032725701 Å to
        // 12398.42/10.69 = 1159.81478 Å; the bounds are printed to six digits, rounded inwards.
        assertThatThrownBy(() -> FP.f("Fe", 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("X-ray scattering factor of Fe: wavelength 0.01 Å (1239842.0 eV) is outside the"
                        + " table, which covers 0.0327258 to 1159.81 Å (10.69 to 378858.8 eV)");
        assertThat(FP.f("Fe", 0.0327258).re()).isPositive();
        assertThat(FP.f("Fe", 1159.81).re()).isPositive();
        assertThatThrownBy(() -> FP.f("Fe", 2000.0)).hasMessageContaining("wavelength 2000.0 Å");
        assertThatThrownBy(() -> FP.fAtEnergy("Fe", 5.0))
                .hasMessage("X-ray scattering factor of Fe: energy 5.0 eV is outside the table,"
                        + " which covers 10.69 to 378858.8 eV");
    }

    @Test
    void aWavelengthMustBePositive() {
        assertThatThrownBy(() -> FP.f("Fe", 0.0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> FP.f("Fe", -1.54)).hasMessageContaining("positive");
        assertThatThrownBy(() -> FP.f("Fe", Double.NaN)).hasMessageContaining("positive");
    }

    @Test
    void everyElementFromHydrogenToUraniumLoads() {
        for (int z = 1; z <= 92; z++) {
            String symbol = symbolOf(z);
            ComplexValue f = FP.f(symbol, CU_KA);
            // at 8 keV f1 is Z (forward scattering counts the electrons) plus an anomalous f' that
            // dips by up to about 17 next to an edge (ho.nff: 8063.029 eV, f1 = 49.66 for Z = 67,
            // next to Ho's L3 edge); f2 is positive
            assertThat(f.re()).as(symbol).isBetween(z - 20.0, z + 1.0);
            assertThat(-f.im()).as(symbol).isPositive();
        }
    }

    @Test
    void concurrentFirstUseGivesTheSameValues() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ComplexValue>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(() -> FP.f("Pd", CU_KA));
            }
            List<ComplexValue> results = new ArrayList<>();
            for (Future<ComplexValue> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            assertThat(results).containsOnly(FP.f("Pd", CU_KA));
        } finally {
            pool.shutdown();
        }
    }

    private static String symbolOf(int z) {
        for (String candidate : List.of("H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al",
                "Si", "P", "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn",
                "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd",
                "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm",
                "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt",
                "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U")) {
            if (ElementSymbols.atomicNumber(candidate) == z) {
                return candidate;
            }
        }
        throw new AssertionError("no symbol for Z = " + z);
    }
}
