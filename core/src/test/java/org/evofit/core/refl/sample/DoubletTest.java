package org.evofit.core.refl.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.materials.Composition;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.Probe;
import org.junit.jupiter.api.Test;

/**
 * The Cu Kα doublet: the curve of a model with a second wavelength is the normalised sum
 * (R(λ1) + ratio·R(λ2)) / (1 + ratio) of two single-wavelength models of the same film, the one at λ2
 * with its layers' scattering factors looked up at λ2. Reference: those two models, computed by the
 * single-wavelength path (checked against GenX's curves elsewhere), added here.
 */
class DoubletTest {

    private static final double KA1 = 1.540562;

    private static GenxInstrument instrument(double wavelength, Coordinates coords) {
        return new GenxInstrument(Probe.XRAY, wavelength, coords, 2, 1e-7, 0.01, 0.005, GenxResolution.FAST, 5, 2,
                0.04, FootprintType.GAUSSIAN_BEAM, 10);
    }

    /** Fe (with f from the tables at λ) on MgO, and a Pt cap given by fixed f, seen at λ. */
    private static ReflectivityModel film(double wavelength, Coordinates coords) {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        layers.put("amb", LayerSpec.of("amb", LayerSpec.Kind.SLD, null, wavelength, true, q -> null));
        layers.put("cap", LayerSpec.of("cap", LayerSpec.Kind.MATERIAL, null, wavelength, true, q -> switch (q) {
            case F_RE -> q.fixed("cap", 73.1);
            case F_IM -> q.fixed("cap", -7.4);
            case DENS -> q.fixed("cap", 0.066);
            case D -> q.fixed("cap", 22);
            case SIGMA -> q.fixed("cap", 3);
            default -> null;
        }));
        layers.put("fe", LayerSpec.of("fe", LayerSpec.Kind.MATERIAL, Composition.parse("Fe"), wavelength, true,
                q -> switch (q) {
                    case DENS -> q.fixed("fe", 0.0849);
                    case D -> q.fixed("fe", 180);
                    case SIGMA -> q.fixed("fe", 4);
                    default -> null;
                }));
        layers.put("sub", LayerSpec.of("sub", LayerSpec.Kind.MATERIAL, Composition.parse("Mg + O"), wavelength, true,
                q -> switch (q) {
                    case DENS -> q.fixed("sub", 0.0535);
                    case SIGMA -> q.fixed("sub", 3);
                    default -> null;
                }));
        SampleSpec sample = new SampleSpec(layers, "amb", List.of(new StackSpec("s", List.of("fe", "cap"), 1)), "sub");
        return new ReflectivityModel(sample, InstrumentSpec.of(instrument(wavelength, coords), q -> null), null);
    }

    private static double[] curve(ReflectivityModel model, double[] tth) {
        ModelEvaluator evaluator = model.newEvaluator();
        double[] out = new double[tth.length];
        double[] values = model.parameters().stream().mapToDouble(p -> p.value()).toArray();
        evaluator.evaluate(values, 0, DataSet.of("scan", tth, new double[tth.length]), out);
        return out;
    }

    private static double[] scan() {
        double[] tth = new double[400];
        for (int i = 0; i < tth.length; i++) {
            tth[i] = 0.2 + 0.01 * i;
        }
        return tth;
    }

    @Test
    void theDoubletIsTheNormalisedSumOfTheCurvesAtBothWavelengthsEachWithItsOwnScatteringFactors() {
        double[] tth = scan();
        double[] kalpha1 = curve(film(KA1, Coordinates.TWO_THETA), tth);
        double[] kalpha2 = curve(film(Doublet.CU_KALPHA2, Coordinates.TWO_THETA), tth);
        double[] doublet = curve(film(KA1, Coordinates.TWO_THETA).withDoublet(new Doublet(Doublet.CU_KALPHA2, 0.5)),
                tth);
        double worst = 0;
        double apart = 0;
        for (int i = 0; i < tth.length; i++) {
            double expected = (kalpha1[i] + 0.5 * kalpha2[i]) / 1.5;
            worst = Math.max(worst, Math.abs(doublet[i] / expected - 1));
            apart = Math.max(apart, Math.abs(kalpha2[i] / kalpha1[i] - 1));
        }
        assertThat(worst).isLessThan(1e-12);
        // The Kα2 curve's fringes sit at other angles: the doublet is not the Kα1 curve.
        assertThat(apart).isGreaterThan(0.05);
    }

    @Test
    void aRatioOfZeroIsTheFirstWavelengthAloneAndTheDoubletSurvivesNewParameterValues() {
        double[] tth = scan();
        ReflectivityModel single = film(KA1, Coordinates.TWO_THETA);
        assertThat(curve(single.withDoublet(new Doublet(Doublet.CU_KALPHA2, 0)), tth)).containsExactly(curve(single, tth));
        ReflectivityModel doublet = single.withDoublet(new Doublet(Doublet.CU_KALPHA2, 0.5));
        assertThat(doublet.withParameters(doublet.parameters()).doublet()).isEqualTo(doublet.doublet());
    }

    @Test
    void aDoubletIsRefusedWhereItHasNoMeaningYet() {
        assertThatThrownBy(() -> film(KA1, Coordinates.Q).withDoublet(new Doublet(Doublet.CU_KALPHA2, 0.5)))
                .hasMessageContaining("needs x in 2θ");
        assertThatThrownBy(() -> new Doublet(-1, 0.5)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new Doublet(1.5444, -0.5)).hasMessageContaining("0 or more");
    }
}
