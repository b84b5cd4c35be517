package org.evofit.core.refl;

/**
 * The Parratt recursion written the obvious way, with an immutable complex number per operation.
 *
 * <p>It is the baseline the fast {@link ReflectivityKernel} is checked and timed against: the same
 * physics in the plainest form, so that a disagreement points at the fast kernel's tricks. It
 * allocates on every operation and is several times slower; do not use it in a fit.
 */
public final class NaiveParratt {

    private NaiveParratt() {
    }

    /**
     * The specular reflectivity |r|² at each Q.
     *
     * @param stack the layers
     * @param q     momentum transfer values, Å⁻¹ (the sign is ignored)
     * @return one reflectivity per Q
     */
    public static double[] reflectivity(SlabStack stack, double[] q) {
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = reflectivity(stack, q[i]);
        }
        return out;
    }

    /**
     * The specular reflectivity |r|² at one Q.
     *
     * @param stack the layers
     * @param q     momentum transfer, Å⁻¹ (the sign is ignored)
     * @return the reflectivity
     */
    public static double reflectivity(SlabStack stack, double q) {
        int n = stack.layerCount();
        if (q == 0) {
            return ReflectivityKernel.grazingLimit(stack);
        }
        Complex[] kz = new Complex[n];
        double kz0 = Math.abs(q) / 2;
        Complex u0 = new Complex(stack.uRe()[0], stack.uIm()[0]);
        kz[0] = new Complex(kz0, 0);
        for (int j = 1; j < n; j++) {
            Complex uj = new Complex(stack.uRe()[j], stack.uIm()[j]);
            kz[j] = new Complex(kz0 * kz0, 0).minus(uj.minus(u0)).sqrtUpper();
        }
        // Reflection amplitude seen from just above the backing medium: nothing comes back from below.
        Complex x = Complex.ZERO;
        for (int j = n - 1; j >= 1; j--) {
            if (j < n - 1) {
                Complex phase = new Complex(0, 2 * stack.thickness()[j]).times(kz[j]).exp();
                x = x.times(phase);
            }
            double sigma = stack.roughness()[j];
            Complex sum = kz[j - 1].plus(kz[j]);
            Complex fresnel = sum.isZero() ? Complex.ZERO : kz[j - 1].minus(kz[j]).dividedBy(sum);
            Complex r = fresnel.times(kz[j - 1].times(kz[j]).times(new Complex(-2 * sigma * sigma, 0)).exp());
            x = r.plus(x).dividedBy(Complex.ONE.plus(r.times(x)));
        }
        return x.abs2();
    }

    /** A complex number; every operation returns a new one. */
    private record Complex(double re, double im) {

        static final Complex ZERO = new Complex(0, 0);
        static final Complex ONE = new Complex(1, 0);

        Complex plus(Complex o) {
            return new Complex(re + o.re, im + o.im);
        }

        Complex minus(Complex o) {
            return new Complex(re - o.re, im - o.im);
        }

        Complex times(Complex o) {
            return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
        }

        Complex dividedBy(Complex o) {
            double den = o.re * o.re + o.im * o.im;
            return new Complex((re * o.re + im * o.im) / den, (im * o.re - re * o.im) / den);
        }

        Complex exp() {
            double m = Math.exp(re);
            return new Complex(m * Math.cos(im), m * Math.sin(im));
        }

        /** The square root with non-negative imaginary part (non-negative real part when real). */
        Complex sqrtUpper() {
            double m = Math.sqrt(re * re + im * im);
            double a = Math.sqrt((m + Math.abs(re)) / 2);
            Complex root;
            if (a == 0) {
                root = ZERO;
            } else if (re >= 0) {
                root = new Complex(a, im / (2 * a));
            } else {
                root = new Complex(im / (2 * a), a);
            }
            return root.im < 0 ? new Complex(-root.re, -root.im) : root;
        }

        boolean isZero() {
            return re == 0 && im == 0;
        }

        double abs2() {
            return re * re + im * im;
        }
    }
}
