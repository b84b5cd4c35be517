package org.evofit.core.refl.sample;

import java.util.Arrays;
import org.evofit.core.refl.SmearedReflectivity;

/**
 * One thread's smeared-reflectivity plans, one per data set, rebuilt only when the points or widths
 * change (a fitted resolution, wavelength or 2θ offset). A plan smears each stack on the grid its thickness calls
 * for ({@code GridLadder}), the same on every thread, so a fit's result does not depend on which thread evaluated
 * which trial.
 */
final class SmearingCache {

    private SmearedReflectivity[] plans = new SmearedReflectivity[1];
    private double[][] qs = new double[1][];
    private double[][] widths = new double[1][];

    /** The plan for data set {@code index} at Q values q with 1-sigma widths dq (Å⁻¹). */
    SmearedReflectivity planFor(int index, double[] q, double[] dq) {
        if (index >= plans.length) {
            plans = Arrays.copyOf(plans, index + 1);
            qs = Arrays.copyOf(qs, index + 1);
            widths = Arrays.copyOf(widths, index + 1);
        }
        SmearedReflectivity plan = plans[index];
        if (plan == null || !Arrays.equals(qs[index], q) || !Arrays.equals(widths[index], dq)) {
            plan = SmearedReflectivity.pointwise(q, dq);
            plans[index] = plan;
            qs[index] = q.clone();
            widths[index] = dq.clone();
        }
        return plan;
    }
}
