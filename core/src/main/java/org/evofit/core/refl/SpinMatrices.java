package org.evofit.core.refl;

/**
 * Complex 2×2 matrices for {@link MagneticKernel}, each held in eight doubles (re, im of the
 * elements 00, 01, 10, 11) at an offset of a shared array, so that the kernel allocates nothing.
 */
final class SpinMatrices {

    /** Doubles per matrix. */
    static final int SIZE = 8;

    private SpinMatrices() {
    }

    /** out = a·b; out must not overlap a or b. */
    static void multiply(double[] a, int ao, double[] b, int bo, double[] out, int oo) {
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 2; col++) {
                int a0 = ao + 4 * row;
                int a1 = a0 + 2;
                int b0 = bo + 2 * col;
                int b1 = b0 + 4;
                double re = a[a0] * b[b0] - a[a0 + 1] * b[b0 + 1] + a[a1] * b[b1] - a[a1 + 1] * b[b1 + 1];
                double im = a[a0] * b[b0 + 1] + a[a0 + 1] * b[b0] + a[a1] * b[b1 + 1] + a[a1 + 1] * b[b1];
                out[oo + 4 * row + 2 * col] = re;
                out[oo + 4 * row + 2 * col + 1] = im;
            }
        }
    }

    /**
     * out = a⁻¹·b by the adjugate; out must not overlap a or b. A singular a gives non-finite values,
     * which the kernel treats as a degenerate point.
     */
    static void solve(double[] a, double[] b, double[] out) {
        double detRe = a[0] * a[6] - a[1] * a[7] - (a[2] * a[4] - a[3] * a[5]);
        double detIm = a[0] * a[7] + a[1] * a[6] - (a[2] * a[5] + a[3] * a[4]);
        double norm = detRe * detRe + detIm * detIm;
        double invRe = detRe / norm;
        double invIm = -detIm / norm;
        for (int col = 0; col < 2; col++) {
            double b0r = b[2 * col];
            double b0i = b[2 * col + 1];
            double b1r = b[4 + 2 * col];
            double b1i = b[4 + 2 * col + 1];
            // adj(a) = [[a11, -a01], [-a10, a00]]
            double r0 = a[6] * b0r - a[7] * b0i - (a[2] * b1r - a[3] * b1i);
            double i0 = a[6] * b0i + a[7] * b0r - (a[2] * b1i + a[3] * b1r);
            double r1 = a[0] * b1r - a[1] * b1i - (a[4] * b0r - a[5] * b0i);
            double i1 = a[0] * b1i + a[1] * b1r - (a[4] * b0i + a[5] * b0r);
            out[2 * col] = r0 * invRe - i0 * invIm;
            out[2 * col + 1] = r0 * invIm + i0 * invRe;
            out[4 + 2 * col] = r1 * invRe - i1 * invIm;
            out[4 + 2 * col + 1] = r1 * invIm + i1 * invRe;
        }
    }
}
