package org.evofit.core.refl.sample;

import java.util.Arrays;
import org.evofit.core.refl.MagneticKernel;
import org.evofit.core.refl.MagneticSlabs;
import org.evofit.core.refl.MagneticWorkspace;
import org.evofit.core.refl.SpinChannels;

/**
 * The four spin cross sections of the stack asked last, kept for the next caller that asks with the same
 * stack, guide field and Q. The channels of one polarised measurement are one model each, and each mixes the
 * same four cross sections with its own efficiencies: sharing one of these between them (per thread, as
 * {@link JointReflectivityModel}'s evaluator does) runs {@link MagneticKernel} once per candidate instead of
 * once per channel.
 *
 * <p>What the kernel reads is the key, compared bit for bit, so a hit returns exactly what the kernel would
 * have written: results do not depend on which channel asks first, nor on the thread count. Not thread-safe;
 * it allocates only when the number of layers or points changes.
 */
final class CrossSections {

    private final MagneticWorkspace workspace = new MagneticWorkspace();
    private MagneticSlabs stack;
    private double aguide;
    private double field;
    private double[] q = new double[0];
    private SpinChannels channels = SpinChannels.ofLength(0);
    /** Whether the key and the channels belong together: false before the first call and after a failed one. */
    private boolean valid;
    private long kernelCalls;

    /**
     * R−−, R−+, R+−, R++ of {@code slabs} at every q: the kept ones when the key is bit for bit the one kept,
     * else the kernel's. The arrays returned are this cache's, valid until the next call.
     */
    SpinChannels of(MagneticSlabs slabs, double aguide, double field, double[] q) {
        return of(slabs, aguide, field, q, q.length);
    }

    /**
     * As {@link #of(MagneticSlabs, double, double, double[])} at q[0..count) only: the channels returned then
     * hold count points.
     */
    SpinChannels of(MagneticSlabs slabs, double aguide, double field, double[] q, int count) {
        if (valid && same(slabs, aguide, field, q, count)) {
            return channels;
        }
        valid = false;
        keep(slabs, aguide, field, q, count);
        MagneticKernel.reflectivity(stack, aguide, field, this.q, 0, count, channels, workspace);
        kernelCalls++;
        valid = true;
        return channels;
    }

    /** How many times this cache ran the kernel: what sharing saves is visible to a test. */
    long kernelCalls() {
        return kernelCalls;
    }

    private boolean same(MagneticSlabs slabs, double aguide, double field, double[] q, int count) {
        return Double.doubleToLongBits(aguide) == Double.doubleToLongBits(this.aguide)
                && Double.doubleToLongBits(field) == Double.doubleToLongBits(this.field)
                && slabs.equals(stack) && this.q.length == count && Arrays.equals(q, 0, count, this.q, 0, count);
    }

    private void keep(MagneticSlabs slabs, double aguide, double field, double[] q, int count) {
        int n = slabs.layerCount();
        if (stack == null || stack.layerCount() != n) {
            stack = new MagneticSlabs(new double[n], new double[n], new double[n], new double[n], new double[n],
                    new double[n]);
        }
        System.arraycopy(slabs.thickness(), 0, stack.thickness(), 0, n);
        System.arraycopy(slabs.sld(), 0, stack.sld(), 0, n);
        System.arraycopy(slabs.isld(), 0, stack.isld(), 0, n);
        System.arraycopy(slabs.thetaM(), 0, stack.thetaM(), 0, n);
        System.arraycopy(slabs.sldm(), 0, stack.sldm(), 0, n);
        System.arraycopy(slabs.roughness(), 0, stack.roughness(), 0, n);
        this.aguide = aguide;
        this.field = field;
        if (this.q.length != count) {
            this.q = new double[count];
            channels = SpinChannels.ofLength(count);
        }
        System.arraycopy(q, 0, this.q, 0, count);
    }
}
