package org.evofit.core.refl;

/**
 * The four spin cross sections of polarised reflectivity at a set of points, in the ORSO polarised
 * validation's column order: R−−, R−+, R+−, R++. R^{ab} is incident spin a, reflected spin b. The
 * arrays are held, not copied, so a kernel fills them in place.
 *
 * @param minusMinus R−−
 * @param minusPlus  R−+
 * @param plusMinus  R+−
 * @param plusPlus   R++
 */
public record SpinChannels(double[] minusMinus, double[] minusPlus, double[] plusMinus, double[] plusPlus) {

    /** Checks that the four arrays have one length. */
    public SpinChannels {
        int n = minusMinus.length;
        if (minusPlus.length != n || plusMinus.length != n || plusPlus.length != n) {
            throw new IllegalArgumentException("channel arrays differ in length: " + n + ", " + minusPlus.length
                    + ", " + plusMinus.length + ", " + plusPlus.length);
        }
    }

    /** Four zeroed channels of n points. */
    public static SpinChannels ofLength(int n) {
        return new SpinChannels(new double[n], new double[n], new double[n], new double[n]);
    }

    /** The number of points. */
    public int length() {
        return minusMinus.length;
    }

    /** The channel in ORSO column order: 0 R−−, 1 R−+, 2 R+−, 3 R++. */
    public double[] get(int channel) {
        return switch (channel) {
            case 0 -> minusMinus;
            case 1 -> minusPlus;
            case 2 -> plusMinus;
            case 3 -> plusPlus;
            default -> throw new IndexOutOfBoundsException("channel " + channel + " of 4");
        };
    }

    /** Whether any channel at point i is NaN. */
    boolean isNaN(int i) {
        return Double.isNaN(minusMinus[i]) || Double.isNaN(minusPlus[i]) || Double.isNaN(plusMinus[i])
                || Double.isNaN(plusPlus[i]);
    }

    void set(int i, double mm, double mp, double pm, double pp) {
        minusMinus[i] = mm;
        minusPlus[i] = mp;
        plusMinus[i] = pm;
        plusPlus[i] = pp;
    }
}
