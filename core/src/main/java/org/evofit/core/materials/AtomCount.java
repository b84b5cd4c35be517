package org.evofit.core.materials;

/**
 * How many atoms of one species a formula unit holds.
 *
 * @param species the element or isotope
 * @param count   atoms per formula unit; positive, not necessarily whole ({@code Fe0.9O})
 */
public record AtomCount(Species species, double count) {

    /** Checks that the species is given and the count is positive and finite. */
    public AtomCount {
        if (species == null) {
            throw new IllegalArgumentException("species must be given");
        }
        if (!(count > 0 && Double.isFinite(count))) {
            throw new IllegalArgumentException("count of " + species + " must be positive but is " + count);
        }
    }
}
