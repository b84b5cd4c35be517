package org.evofit.core.model.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Reference integrals for the tests: commons-math3's 20-point Gauss–Legendre rule, applied on
 * pieces small enough that the integrand is smooth on each. Independent of the code under test.
 */
final class Quadrature {

    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(20, -1, 1);

    private Quadrature() {
    }

    /** ∫ f over [lo, hi], cut into pieces no wider than {@code maxPiece}. */
    static double integrate(UnivariateFunction f, double lo, double hi, double maxPiece) {
        return integrate(f, lo, hi, maxPiece, 0, 0);
    }

    /**
     * ∫ f over [lo, hi] where f has a narrow feature of width {@code width} at {@code at}: breakpoints
     * at {@code at} and at {@code at ± width·2^k} keep every piece no wider than its distance to the
     * feature, so a near-pole such as {@code 1/((x-at)² + width²)} is resolved. {@code width = 0}
     * means no feature.
     */
    static double integrate(UnivariateFunction f, double lo, double hi, double maxPiece,
                            double at, double width) {
        TreeSet<Double> cuts = new TreeSet<>(List.of(lo, hi));
        if (width > 0) {
            double reach = Math.max(Math.abs(at - lo), Math.abs(at - hi));
            for (double d = 0; d <= reach; d = d == 0 ? width : 2 * d) {
                for (double cut : new double[] {at - d, at + d}) {
                    if (cut > lo && cut < hi) {
                        cuts.add(cut);
                    }
                }
            }
        }
        List<Double> points = new ArrayList<>(cuts);
        double sum = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            double a = points.get(i);
            double b = points.get(i + 1);
            int pieces = (int) Math.ceil((b - a) / maxPiece);
            for (int p = 0; p < pieces; p++) {
                sum += piece(f, a + (b - a) * p / pieces, a + (b - a) * (p + 1) / pieces);
            }
        }
        return sum;
    }

    private static double piece(UnivariateFunction f, double a, double b) {
        double mid = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double sum = 0;
        for (int i = 0; i < RULE.getNumberOfPoints(); i++) {
            sum += RULE.getWeight(i) * f.value(mid + half * RULE.getPoint(i));
        }
        return half * sum;
    }

    /**
     * ∫ f over the whole real line, by substituting {@code x = center + scale·tan θ}; suits functions
     * that decay at least like {@code 1/x²} (then the θ integrand stays finite at ±π/2).
     */
    static double overRealLine(UnivariateFunction f, double center, double scale, int pieces) {
        UnivariateFunction g = theta -> {
            double c = Math.cos(theta);
            return f.value(center + scale * Math.tan(theta)) * scale / (c * c);
        };
        return integrate(g, -Math.PI / 2, Math.PI / 2, Math.PI / pieces);
    }
}
