package org.evofit.core.refl.sample;

import org.evofit.core.materials.ComplexValue;

/**
 * How the X-ray scattering factors of a sample's material layers change from one wavelength to another:
 * each layer's f was looked up in the tables at one wavelength (where the model was declared), and seen at
 * another it moves by the tables' f(to) − f(from). Layers given by an SLD, or by an f without a material,
 * scatter alike at every wavelength (shift 0). Computed once per wavelength, so an evaluation adds two
 * numbers per layer and looks nothing up.
 */
final class MaterialShift {

    private MaterialShift() {
    }

    /**
     * The shifts {re, im}, one per distinct layer in the order of {@link SampleSpec#layers()}, or
     * {@code null} when no layer has a material or the two wavelengths are the same (nothing moves).
     *
     * @throws IllegalArgumentException for a wavelength the tables do not cover
     */
    static double[][] of(SampleSpec sample, double from, double to) {
        if (from == to || sample.layers().values().stream().allMatch(l -> l.material() == null)) {
            return null;
        }
        int n = sample.layers().size();
        double[] re = new double[n];
        double[] im = new double[n];
        int i = 0;
        for (LayerSpec layer : sample.layers().values()) {
            if (layer.material() != null) {
                ComplexValue at1 = layer.material().f(from);
                ComplexValue at2 = layer.material().f(to);
                re[i] = at2.re() - at1.re();
                im[i] = at2.im() - at1.im();
            }
            i++;
        }
        return new double[][] {re, im};
    }
}
