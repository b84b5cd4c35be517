package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.refl.LayerSequence;
import org.evofit.core.refl.MagneticKernel;
import org.evofit.core.refl.MagneticSequence;
import org.evofit.core.refl.MagneticSlabs;
import org.evofit.core.refl.SmearedReflectivity;
import org.evofit.core.refl.SpinChannels;

/**
 * One evaluator's polarised kernel: the sample's layers as the model filled them, each magnetic layer's
 * SLD and angle from the parameter values, the four cross sections from {@link MagneticKernel} (through
 * {@link CrossSections}, which the other channels of the same sample and instrument may share), and what
 * the model's channel measures of them through the instrument's optics ({@link PolarisationEfficiency}).
 * Not thread-safe; it reuses its buffers.
 */
final class PolarisedReflectivity {

    private final Polarisation polarisation;
    /** The distinct layer of each magnetic layer, and the slots of its strength, angle and density (-1: none). */
    private final int[] layer;
    private final int[] strengthSlot;
    private final int[] thetaSlot;
    private final int[] densitySlot;
    private final int instrumentSlot;
    private final double[] sldm;
    private final double[] thetaM;
    private final CrossSections crossSections;
    private MagneticSlabs slabs;
    /** The last stack's spin splitting per layer, for the edges of evofit's accurate resolution. */
    private double[] splitting;

    /**
     * The kernel of {@code polarisation} over the sample bound as {@code layout}, whose parameters follow the
     * sample's and the instrument's from slot {@code first}, its cross sections kept in {@code crossSections}.
     */
    PolarisedReflectivity(SampleSpec sample, SampleLayout layout, Polarisation polarisation, int first,
                          CrossSections crossSections) {
        this.polarisation = polarisation;
        this.crossSections = crossSections;
        List<String> names = new ArrayList<>(sample.layers().keySet());
        int n = polarisation.magnetism().size();
        layer = new int[n];
        strengthSlot = new int[n];
        thetaSlot = new int[n];
        densitySlot = new int[n];
        int next = first;
        for (int m = 0; m < n; m++) {
            LayerMagnetism magnetism = polarisation.magnetism().get(m);
            layer[m] = names.indexOf(magnetism.layer());
            strengthSlot[m] = next++;
            thetaSlot[m] = next++;
            densitySlot[m] = magnetism.moment() ? layout.slot(layer[m], LayerQuantity.DENS) : -1;
        }
        instrumentSlot = next;
        sldm = new double[names.size()];
        thetaM = new double[names.size()];
    }

    /** What the channel measures at each q of the stack filled last, written into r. */
    void compute(LayerSequence stack, double[] values, double[] q, double[] r) {
        measure(slabs(stack, values), values, q, q.length, r);
    }

    /**
     * What the channel measures of {@code stack}, as a curve for evofit's accurate resolution: each channel is
     * smeared like an unpolarised curve, on the nodes the nuclear layers call for. The magnetic stack is unrolled
     * once, here, for the spin splitting and every evaluation of the curve (nothing else fills this evaluator's
     * stack while the smearing asks for them).
     */
    SmearedReflectivity.Curve curve(LayerSequence stack, double[] values) {
        MagneticSlabs unrolled = slabs(stack, values);
        return new SmearedReflectivity.Curve() {
            @Override
            public void at(double[] q, int count, double[] r) {
                measure(unrolled, values, q, count, r);
            }

            @Override
            public double[] spinSplitting() {
                splitting = MagneticKernel.spinSplitting(unrolled,
                        values[instrumentSlot + PolarisationQuantity.AGUIDE.ordinal()],
                        values[instrumentSlot + PolarisationQuantity.FIELD.ordinal()], splitting);
                return splitting;
            }
        };
    }

    /** What the channel measures of the unrolled stack {@code magnetic} at q[0..count), written into r[0..count). */
    private void measure(MagneticSlabs magnetic, double[] values, double[] q, int count, double[] r) {
        double aguide = values[instrumentSlot + PolarisationQuantity.AGUIDE.ordinal()];
        double field = values[instrumentSlot + PolarisationQuantity.FIELD.ordinal()];
        SpinChannels channels = crossSections.of(magnetic, aguide, field, q, count);
        PolarisationEfficiency optics = new PolarisationEfficiency(
                values[instrumentSlot + PolarisationQuantity.POLARISER.ordinal()],
                values[instrumentSlot + PolarisationQuantity.ANALYSER.ordinal()],
                values[instrumentSlot + PolarisationQuantity.FLIPPER1.ordinal()],
                values[instrumentSlot + PolarisationQuantity.FLIPPER2.ordinal()]);
        double[] mm = channels.minusMinus();
        double[] mp = channels.minusPlus();
        double[] pm = channels.plusMinus();
        double[] pp = channels.plusPlus();
        SpinChannel channel = polarisation.channel();
        for (int i = 0; i < count; i++) {
            r[i] = optics.measured(channel, mm[i], mp[i], pm[i], pp[i]);
        }
    }

    /**
     * The stack filled last with each magnetic layer's SLD and angle at {@code values}, as the kernel reads it;
     * this evaluator's own, valid until its next call.
     */
    MagneticSlabs slabs(LayerSequence stack, double[] values) {
        for (int m = 0; m < layer.length; m++) {
            double strength = values[strengthSlot[m]];
            sldm[layer[m]] = densitySlot[m] < 0 ? strength
                    : strength * values[densitySlot[m]] * MagneticQuantity.SLD_PER_MOMENT;
            thetaM[layer[m]] = values[thetaSlot[m]];
        }
        slabs = MagneticSequence.unroll(stack, sldm, thetaM, slabs);
        return slabs;
    }
}
