package org.evofit.core.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Atomic weights in g/mol from the DABAX file {@code AtomicWeights.dat} (NIST atomic weights and
 * isotopic compositions, 2001). The file has one scan per isotope ({@code 56Fe}) with columns
 * {@code AtomicMass} (that isotope's mass) and {@code AveragedAtomicMass} (the element's standard
 * atomic weight, repeated on every isotope of the element).
 *
 * <p>An element ({@code Fe}) weighs its standard atomic weight; an isotope ({@code 56Fe}, {@code 2H},
 * {@code D}) its own atomic mass. For elements without stable isotopes (Tc, Pm, Po, ...) the file gives
 * the mass number of a long-lived isotope as the standard weight, and so does this class.
 *
 * <p>The table is read from the resources of this package on first use of {@link #standard()}.
 */
public final class AtomicWeights {

    /**
     * Avogadro's number times 1e-24 cm³/Å³: the factor from g/cm³ and g/mol to formula units per Å³.
     * (GenX rounds it to 0.6022141; the difference is 4e-8 relative.)
     */
    public static final double AVOGADRO_PER_CM3_IN_A3 = 0.602214076;

    private static final String RESOURCE = "AtomicWeights.dat";

    /** Holder idiom: the table is read on first use, once, safely across threads. */
    private static final class Standard {
        static final AtomicWeights INSTANCE = load();
    }

    private final Map<String, Double> weights;

    private AtomicWeights(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The shared table shipped with evofit. */
    public static AtomicWeights standard() {
        return Standard.INSTANCE;
    }

    /**
     * Formula units per Å³ of a material of the given mass density:
     * n = ρ[g/cm³] · 0.602214076 / M[g/mol], because
     * 1 g/cm³ / (M g/mol) · N_A · 1e-24 cm³/Å³ = 0.602214076 / M per Å³.
     *
     * @param densityGramsPerCm3 mass density in g/cm³
     * @param molarMass          mass of one formula unit in g/mol
     * @throws IllegalArgumentException when the molar mass is not positive
     */
    public static double formulaUnitsPerCubicAngstrom(double densityGramsPerCm3, double molarMass) {
        if (!(molarMass > 0)) {
            throw new IllegalArgumentException("molar mass must be positive but is " + molarMass);
        }
        return densityGramsPerCm3 * AVOGADRO_PER_CM3_IN_A3 / molarMass;
    }

    /**
     * The weight in g/mol of an element or isotope.
     *
     * @param name {@code Fe}, {@code 56Fe}, {@code 2H}, {@code D} or {@code T}; case-sensitive
     * @throws IllegalArgumentException {@code unknown element 'Xx'} when the letters are not an element;
     *                                  a message naming the species when the table has no weight for it
     */
    public double weight(String name) {
        return weight(Species.parse(name));
    }

    /**
     * The weight in g/mol of a species.
     *
     * @throws IllegalArgumentException when the table has no weight for it
     */
    public double weight(Species species) {
        Double weight = weights.get(species.tableName());
        if (weight == null) {
            throw new IllegalArgumentException("no atomic weight for '" + species.tableName() + "' in the table");
        }
        return weight;
    }

    /** Whether the table has a weight for a species. */
    public boolean has(Species species) {
        return weights.containsKey(species.tableName());
    }

    /** The isotopes of an element the table knows, lightest first, such as {@code 16O, 17O, 18O}. */
    public String isotopeNames(String element) {
        return weights.keySet().stream().map(Species::parse)
                .filter(s -> s.isIsotope() && s.element().equals(element))
                .sorted(java.util.Comparator.comparingInt(Species::massNumber))
                .map(Species::tableName).collect(java.util.stream.Collectors.joining(", "));
    }

    private static AtomicWeights load() {
        try (InputStream in = AtomicWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from evofit core");
            }
            return of(DabaxReader.read(RESOURCE, in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The weights of a list of isotope scans.
     *
     * @throws IllegalArgumentException when two isotopes of one element disagree on its standard weight
     */
    static AtomicWeights of(List<DabaxScan> scans, String source) {
        Map<String, Double> weights = new HashMap<>();
        for (DabaxScan scan : scans) {
            Species isotope = Species.parse(scan.name());
            weights.put(isotope.tableName(), scan.number("AtomicMass", source));
            double standard = scan.number("AveragedAtomicMass", source);
            Double earlier = weights.putIfAbsent(isotope.element(), standard);
            if (earlier != null && earlier != standard) {
                throw new IllegalArgumentException(source + ":" + scan.line() + ": " + scan.name()
                        + " gives " + isotope.element() + " the weight " + standard + " but an earlier isotope "
                        + earlier);
            }
        }
        return new AtomicWeights(weights);
    }
}
