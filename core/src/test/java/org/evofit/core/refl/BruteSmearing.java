package org.evofit.core.refl;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * An independent, slow, very fine smearing for checking {@link ResolutionSmearing}: per point,
 * the window is split at Q = 0 and at every layer's critical edge, each piece cut into many
 * sub-pieces with a 20-point Gauss–Legendre rule each, and pieces touching a kink are mapped by
 * q = edge ± t² so the square-root kink becomes smooth.
 */
final class BruteSmearing {

    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(20, 0, 1);
    private static final int SUBPIECES = 40;

    private BruteSmearing() {
    }

    /** Smeared R with the Gaussian cut at ±cut·σ (infinite: ±9σ and renormalised). */
    static double[] smear(SlabStack stack, double[] q, double[] sigma, double cut, boolean renormalize) {
        double[] kinks = java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(0),
                java.util.Arrays.stream(stack.uRe()).map(u -> u - stack.uRe()[0]).filter(du -> du > 0)
                        .map(du -> 2 * Math.sqrt(du))).sorted().distinct().toArray();
        double[] out = new double[q.length];
        KernelWorkspace ws = new KernelWorkspace();
        for (int i = 0; i < q.length; i++) {
            if (sigma[i] == 0) {
                double[] r = new double[1];
                ReflectivityKernel.reflectivity(stack, new double[] {q[i]}, r, ws);
                out[i] = r[0];
                continue;
            }
            double reach = Double.isInfinite(cut) ? 9 : cut;
            double a = q[i] - reach * sigma[i];
            double b = q[i] + reach * sigma[i];
            double sum = 0;
            double norm = 0;
            double left = a;
            boolean leftKink = false;
            for (int k = 0; k <= kinks.length; k++) {
                boolean inside = k < kinks.length && kinks[k] > a && kinks[k] < b;
                if (k < kinks.length && !inside) {
                    continue;
                }
                double right = inside ? kinks[k] : b;
                double mid = 0.5 * (left + right);
                double[] pieceLo = {left, mid};
                double[] pieceHi = {mid, right};
                for (int half = 0; half < 2; half++) {
                    double l = pieceLo[half];
                    double r = pieceHi[half];
                    boolean singularLeft = half == 0 && leftKink;
                    boolean singularRight = half == 1 && inside;
                    for (int sp = 0; sp < SUBPIECES; sp++) {
                        // Sub-pieces in t, where q = l + (r − l)·t² (or mirrored), t in [0, 1].
                        double t0 = (double) sp / SUBPIECES;
                        double t1 = (double) (sp + 1) / SUBPIECES;
                        int n = RULE.getNumberOfPoints();
                        double[] nodes = new double[n];
                        double[] weights = new double[n];
                        for (int g = 0; g < n; g++) {
                            double t = t0 + (t1 - t0) * RULE.getPoint(g);
                            double wt = (t1 - t0) * RULE.getWeight(g);
                            if (singularLeft) {
                                nodes[g] = l + (r - l) * t * t;
                                weights[g] = wt * 2 * (r - l) * t;
                            } else if (singularRight) {
                                nodes[g] = r - (r - l) * t * t;
                                weights[g] = wt * 2 * (r - l) * t;
                            } else {
                                nodes[g] = l + (r - l) * t;
                                weights[g] = wt * (r - l);
                            }
                        }
                        double[] values = new double[n];
                        ReflectivityKernel.reflectivity(stack, nodes, values, ws);
                        for (int g = 0; g < n; g++) {
                            double u = (nodes[g] - q[i]) / sigma[i];
                            double w = weights[g] * Math.exp(-0.5 * u * u) / (Math.sqrt(2 * Math.PI) * sigma[i]);
                            sum += w * values[g];
                            norm += w;
                        }
                    }
                }
                if (!inside) {
                    break;
                }
                left = right;
                leftKink = true;
            }
            out[i] = renormalize ? sum / norm : sum;
        }
        return out;
    }
}
