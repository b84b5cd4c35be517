package org.evofit.core.refl;

/**
 * The scattering length density across a stack as a function of depth, with every interface's
 * roughness drawn as an error function: ρ(z) = ρ_0 + Σ_j (ρ_j − ρ_{j−1})·½[1 + erf((z − z_j)/(σ_j√2))],
 * z_j the depth of interface j (z = 0 at the top interface, increasing into the sample). ρ is the
 * potential divided by 4π, in 1e-6 Å⁻² — the SLD itself for SLD layers, its first-order equivalent
 * for GenX's refractive-index form; the imaginary part is positive for absorption.
 *
 * @param z  depth, Å
 * @param re real SLD, 1e-6 Å⁻²
 * @param im imaginary (absorption) SLD, 1e-6 Å⁻²
 */
public record SldProfile(double[] z, double[] re, double[] im) {

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
        double[] re = new double[points];
        double[] im = new double[points];
        for (int k = 0; k < points; k++) {
            double at = top + (bottom - top) * k / (points - 1);
            double r = rho[0];
            double i = rhoIm[0];
            for (int j = 1; j < n; j++) {
                double step = sigma[j] > 0
                        ? 0.5 * (1 + org.apache.commons.math3.special.Erf.erf((at - depth[j]) / (sigma[j] * Math.sqrt(2))))
                        : (at >= depth[j] ? 1 : 0);
                r += (rho[j] - rho[j - 1]) * step;
                i += (rhoIm[j] - rhoIm[j - 1]) * step;
            }
            zs[k] = at;
            re[k] = r;
            im[k] = i;
        }
        return new SldProfile(zs, re, im);
    }
}
