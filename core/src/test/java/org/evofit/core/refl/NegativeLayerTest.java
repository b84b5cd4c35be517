package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Issue 13 (defect 9's class): the kernels compute a number for a negative thickness (a phase run
 * backwards, absorption that amplifies) and for a negative roughness (it enters squared), but no sample
 * has either. A model script builds its layers itself, so the kernels' entry points for scripts refuse
 * them, naming the layer and the value. The layers of a model file or the API never have them (their
 * quantities' minimums, and couplings' values checked by the fit), so the fits' own path is unchanged.
 */
class NegativeLayerTest {

    private static final double[] Q = {0.02, 0.05, 0.1};

    private static SlabStack film(double d, double sigma) {
        double u = 20 * SlabStack.SLD_TO_U;
        return new SlabStack(new double[] {0, d, 0}, new double[] {0, 2 * u, u}, new double[3],
                new double[] {0, sigma, 3});
    }

    @Test
    void theSlabKernelRefusesANegativeThicknessOrRoughnessNamingTheLayer() {
        double[] out = new double[Q.length];
        assertThatThrownBy(() -> ReflectivityKernel.reflectivity(film(-20, 2), Q, out, new KernelWorkspace()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer 1 has thickness -20.0 Å; a thickness cannot be negative");
        assertThatThrownBy(() -> ReflectivityKernel.reflectivity(film(20, -2), Q, out, new KernelWorkspace()))
                .hasMessage("layer 1 has roughness -2.0 Å at its top interface; a roughness cannot be negative");
    }

    @Test
    void theSequenceKernelRefusesThemTooNamingTheDistinctLayer() {
        double[] out = new double[Q.length];
        LayerSequence thin = LayerSequence.of(film(-0.5, 2));
        assertThatThrownBy(() -> SequenceKernel.reflectivity(thin, Q, out, new SequenceKernel.Workspace()))
                .hasMessage("layer 1 has thickness -0.5 Å; a thickness cannot be negative");
        LayerSequence rough = LayerSequence.of(film(20, -4));
        assertThatThrownBy(() -> SequenceKernel.reflectivity(rough, Q, out, new SequenceKernel.Workspace()))
                .hasMessage("layer 1 has roughness -4.0 Å at its top interface; a roughness cannot be negative");
    }

    /** The minimum itself is allowed: a film of no thickness on a sharp substrate is the bare substrate. */
    @Test
    void aFilmOfZeroThicknessIsAcceptedAndIsTheBareSubstrate() {
        double u = 20 * SlabStack.SLD_TO_U;
        SlabStack bare = new SlabStack(new double[2], new double[] {0, u}, new double[2], new double[2]);
        SlabStack none = new SlabStack(new double[3], new double[] {0, 2 * u, u}, new double[3], new double[3]);
        double[] substrate = new double[Q.length];
        double[] slab = new double[Q.length];
        double[] sequence = new double[Q.length];
        ReflectivityKernel.reflectivity(bare, Q, substrate, new KernelWorkspace());
        ReflectivityKernel.reflectivity(none, Q, slab, new KernelWorkspace());
        SequenceKernel.reflectivity(LayerSequence.of(none), Q, sequence, new SequenceKernel.Workspace());

        assertThat(slab).containsExactly(substrate, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(sequence).containsExactly(substrate, org.assertj.core.data.Offset.offset(1e-12));
    }
}
