package org.evofit.core.refl;

/**
 * The scattering length density across a stack as a function of depth, with every interface's
 * roughness drawn as an error function: ρ(z) = ρ_0 + Σ_j (ρ_j − ρ_{j−1})·½[1 + erf((z − z_j)/(σ_j√2))],
 * z_j the depth of interface j (z = 0 at the top interface, increasing into the sample). ρ is the
 * potential divided by 4π, in 1e-6 Å⁻² — the SLD itself for SLD layers, its first-order equivalent
 * for GenX's refractive-index form; the imaginary part is positive for absorption. A profile for polarised
 * neutrons also holds the magnetisation ({@link #withMagnetism}); otherwise {@code rhoM} and {@code thetaM}
 * are {@code null}.
 *
 * @param z      depth, Å
 * @param re     real SLD, 1e-6 Å⁻²
 * @param im     imaginary (absorption) SLD, 1e-6 Å⁻²
 * @param rhoM   magnetic SLD, 1e-6 Å⁻², or {@code null} for a profile without magnetism
 * @param thetaM in-plane angle of the magnetisation from the sample's x axis, degrees in [0, 360), or
 *               {@code null} for a profile without magnetism
 */
public record SldProfile(double[] z, double[] re, double[] im, double[] rhoM, double[] thetaM) {

    /** A profile without magnetism. */
    public SldProfile(double[] z, double[] re, double[] im) {
        this(z, re, im, null, null);
    }

    /** Whether the profile holds the magnetisation. */
    public boolean magnetic() {
        return rhoM != null;
    }

    /** The profile of a stack at {@code points} evenly spaced depths covering every interface. */
    public static SldProfile of(LayerSequence s, int points) {
        int n = s.length;
        double[] depth = new double[n];
        double[] rho = new double[n];
        double[] rhoIm = new double[n];
        double[] sigma = new double[n];
        double z = 0;
        for (int j = 0; j < n; j++) {
            int l = s.sequence[j];
            rho[j] = s.uRe[l] / SlabStack.SLD_TO_U;
            rhoIm[j] = -s.uIm[l] / SlabStack.SLD_TO_U;
            if (j > 0) {
                sigma[j] = s.sigma[s.interfaceAt[j]];
                depth[j] = z;
                if (j < n - 1) {
                    z += s.thickness[l];
                }
            }
        }
        double top = -4 * Math.max(sigma.length > 1 ? sigma[1] : 0, 1) - 5;
        double bottom = depth[n - 1] + 4 * Math.max(sigma[n - 1], 1) + 5;
        double[] zs = new double[points];
        for (int k = 0; k < points; k++) {
            zs[k] = top + (bottom - top) * k / (points - 1);
        }
        return new SldProfile(zs, smeared(rho, depth, sigma, zs), smeared(rhoIm, depth, sigma, zs));
    }

    /**
     * This profile with the magnetisation of {@code slabs} (the same stack, as {@link MagneticSequence} unrolls
     * it) at the same depths. The in-plane magnetisation is a vector, (ρM cos θM, ρM sin θM): each component is
     * smeared over the interfaces as ρ is, and ρM(z) and θM(z) are the length and direction of the sum. In a
     * layer both are the layer's own; across an interface to a layer without magnetisation ρM follows the
     * error function while θM stays the magnetic layer's; where there is no magnetisation at all θM is 0.
     */
    public SldProfile withMagnetism(MagneticSlabs slabs) {
        int n = slabs.layerCount();
        double[] depth = new double[n];
        double[] mx = new double[n];
        double[] my = new double[n];
        double at = 0;
        for (int j = 0; j < n; j++) {
            double angle = Math.toRadians(slabs.thetaM()[j]);
            mx[j] = slabs.sldm()[j] * Math.cos(angle);
            my[j] = slabs.sldm()[j] * Math.sin(angle);
            if (j > 0) {
                depth[j] = at;
                at += slabs.thickness()[j];
            }
        }
        double[] x = smeared(mx, depth, slabs.roughness(), z);
        double[] y = smeared(my, depth, slabs.roughness(), z);
        double[] length = new double[z.length];
        double[] direction = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            length[k] = Math.hypot(x[k], y[k]);
            double degrees = Math.toDegrees(Math.atan2(y[k], x[k]));
            direction[k] = degrees < 0 ? degrees + 360 : degrees + 0.0; // + 0.0: no −0
        }
        return new SldProfile(z, re, im, length, direction);
    }

    /** A quantity of value[j] in layer j at the depths zs, each interface j at depth[j] of roughness sigma[j]. */
    private static double[] smeared(double[] value, double[] depth, double[] sigma, double[] zs) {
        double[] out = new double[zs.length];
        for (int k = 0; k < zs.length; k++) {
            double v = value[0];
            for (int j = 1; j < value.length; j++) {
                double step = sigma[j] > 0
                        ? 0.5 * (1 + org.apache.commons.math3.special.Erf.erf((zs[k] - depth[j]) / (sigma[j] * Math.sqrt(2))))
                        : (zs[k] >= depth[j] ? 1 : 0);
                v += (value[j] - value[j - 1]) * step;
            }
            out[k] = v;
        }
        return out;
    }
}
