package org.evofit.core.refl;

/** Elementary functions for the kernels. */
final class KernelMath {

    private KernelMath() {
    }

    static double exp(double x) {
        return Math.exp(x);
    }

    static double cos(double x) {
        return Math.cos(x);
    }

    static double sin(double x) {
        return Math.sin(x);
    }
}
