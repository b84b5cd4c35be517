package org.evofit.core.materials;

/**
 * One element's tabulated X-ray scattering factor f1, f2 against photon energy, interpolated linearly
 * in energy.
 *
 * <p>Which two rows are used: the bracketing pair in table order, that is rows {@code i} and
 * {@code i + 1} for the smallest {@code i} with {@code E[i+1] >= E}. Tables may list an absorption edge
 * twice at the same energy (the value just below and just above the edge); with this rule an energy
 * equal to the edge returns the first of the two rows (the value below the edge) and any energy above it
 * interpolates from the second. The FFAST tables shipped with evofit have no repeated energies, so the
 * rule only matters for other tables.
 *
 * <p>The straight line through the two rows is evaluated from the nearer row (the lower one on a tie),
 * which is what GenX does; an energy on a tabulated point therefore returns that row's value exactly.
 */
final class EnergyTable {

    private final String element;
    private final double[] energy;
    private final double[] f1;
    private final double[] f2;

    /**
     * A table of rows {@code energy[i], f1[i], f2[i]}.
     *
     * @throws IllegalArgumentException when the arrays differ in length, have fewer than two rows, hold
     *                                  non-finite numbers, or the energies decrease somewhere
     */
    EnergyTable(String element, double[] energy, double[] f1, double[] f2) {
        if (energy.length != f1.length || energy.length != f2.length) {
            throw new IllegalArgumentException(element + ": energy, f1 and f2 differ in length");
        }
        if (energy.length < 2) {
            throw new IllegalArgumentException(element + ": a table needs at least two rows");
        }
        for (int i = 0; i < energy.length; i++) {
            if (!(Double.isFinite(energy[i]) && Double.isFinite(f1[i]) && Double.isFinite(f2[i]))) {
                throw new IllegalArgumentException(element + ": row " + (i + 1) + " is not finite");
            }
            if (i > 0 && energy[i] < energy[i - 1]) {
                throw new IllegalArgumentException(element + ": energies decrease at row " + (i + 1));
            }
        }
        this.element = element;
        this.energy = energy.clone();
        this.f1 = f1.clone();
        this.f2 = f2.clone();
    }

    /** The element this table describes. */
    String element() {
        return element;
    }

    /** The lowest tabulated energy in eV. */
    double minEnergy() {
        return energy[0];
    }

    /** The highest tabulated energy in eV. */
    double maxEnergy() {
        return energy[energy.length - 1];
    }

    /** Whether the energy lies inside the table, ends included. */
    boolean covers(double energyEv) {
        return energyEv >= minEnergy() && energyEv <= maxEnergy();
    }

    /**
     * f = f1 − i·f2 at an energy inside the table.
     *
     * @throws IllegalArgumentException when the energy is outside the table
     */
    ComplexValue at(double energyEv) {
        if (!covers(energyEv)) {
            throw new IllegalArgumentException(element + ": energy " + energyEv + " eV is outside ["
                    + minEnergy() + ", " + maxEnergy() + "] eV");
        }
        int hi = firstAtOrAbove(energyEv);
        int lo = hi - 1;
        if (energy[hi] == energy[lo]) {
            // Only possible when the first two rows repeat the query energy: take the first row.
            return new ComplexValue(f1[lo], -f2[lo]);
        }
        boolean lowerIsNearer = energyEv - energy[lo] <= energy[hi] - energyEv;
        int near = lowerIsNearer ? lo : hi;
        int far = lowerIsNearer ? hi : lo;
        return new ComplexValue(line(f1, near, far, energyEv), -line(f2, near, far, energyEv));
    }

    /** The smallest index {@code k >= 1} with {@code energy[k] >= energyEv}; exists inside the table. */
    private int firstAtOrAbove(double energyEv) {
        int low = 1;
        int high = energy.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (energy[mid] >= energyEv) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The value on the straight line through two rows, evaluated from the nearer one. */
    private double line(double[] values, int near, int far, double energyEv) {
        return (energyEv - energy[near]) * (values[far] - values[near]) / (energy[far] - energy[near])
                + values[near];
    }
}
