package org.evofit.core.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bound coherent neutron scattering lengths b = b′ + i·b″ in fm, from the Neutron News 3(3) 1992 table
 * (DABAX file {@code DeBe_NeutronNews.dat}, columns {@code b_c_r} and {@code b_c_i}). This is GenX's
 * {@code bc.Fe}. The imaginary part is kept with the table's sign: absorbing nuclei such as B, Cd or Gd
 * have a negative b″, matching the f1 − i·f2 convention of the X-ray tables.
 *
 * <p>Names are those of the table: elements in their natural isotopic mixture ({@code Fe}) and isotopes
 * with the mass number in front ({@code 56Fe}, {@code 2H}); {@code D} and {@code T} stand for
 * {@code 2H} and {@code 3H} (GenX writes isotopes as {@code bc.i2H}). Values given with an uncertainty,
 * such as {@code 10.0(1.0)}, use the value. The table marks unknown lengths with 9999 (Po, At, Rn, Fr,
 * Ac, Pu, Cm and some isotopes of Kr, Ru, Xe, Ir, Hg); asking for one of those is an error rather than a
 * length of 9999 fm.
 *
 * <p>The table is read from the resources of this package on first use of {@link #standard()}.
 */
public final class NeutronScatteringLengths {

    private static final String RESOURCE = "DeBe_NeutronNews.dat";

    /** The table's mark for a length that was not measured. */
    private static final double NOT_GIVEN = 9999;

    /** Holder idiom: the table is read on first use, once, safely across threads. */
    private static final class Standard {
        static final NeutronScatteringLengths INSTANCE = load();
    }

    private final Map<String, ComplexValue> lengths;
    private final Set<String> notGiven;

    private NeutronScatteringLengths(Map<String, ComplexValue> lengths, Set<String> notGiven) {
        this.lengths = Map.copyOf(lengths);
        this.notGiven = Set.copyOf(notGiven);
    }

    /** The shared table shipped with evofit. */
    public static NeutronScatteringLengths standard() {
        return Standard.INSTANCE;
    }

    /** Whether the table gives a scattering length for a name ({@code Fe}, {@code 2H}, {@code D}). */
    public boolean has(String name) {
        try {
            return lengths.containsKey(Species.parse(name).tableName());
        } catch (IllegalArgumentException notASpecies) {
            return false;
        }
    }

    /**
     * The coherent scattering length of an element or isotope, in fm.
     *
     * @param name {@code Fe}, {@code 56Fe}, {@code 2H}, {@code D} or {@code T}; case-sensitive
     * @throws IllegalArgumentException {@code unknown element 'Xx'} when the letters are not an element;
     *                                  a message naming the species when the table has no value for it
     */
    public ComplexValue b(String name) {
        return b(Species.parse(name));
    }

    /**
     * The coherent scattering length of a species, in fm.
     *
     * @throws IllegalArgumentException when the table has no value for it
     */
    public ComplexValue b(Species species) {
        String key = species.tableName();
        ComplexValue b = lengths.get(key);
        if (b != null) {
            return b;
        }
        if (notGiven.contains(key)) {
            throw new IllegalArgumentException("no neutron scattering length for '" + key
                    + "': the table marks it as unknown (9999)");
        }
        throw new IllegalArgumentException("no neutron scattering length for '" + key + "' in the table");
    }

    private static NeutronScatteringLengths load() {
        try (InputStream in = NeutronScatteringLengths.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from evofit core");
            }
            return of(DabaxReader.read(RESOURCE, in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The lengths of a list of DABAX scans with columns {@code b_c_r} and {@code b_c_i}. */
    static NeutronScatteringLengths of(List<DabaxScan> scans, String source) {
        Map<String, ComplexValue> lengths = new HashMap<>();
        Set<String> notGiven = new HashSet<>();
        for (DabaxScan scan : scans) {
            double re = scan.number("b_c_r", source);
            double im = scan.number("b_c_i", source);
            if (re == NOT_GIVEN || im == NOT_GIVEN) {
                notGiven.add(scan.name());
            } else {
                lengths.put(scan.name(), new ComplexValue(re, im));
            }
        }
        return new NeutronScatteringLengths(lengths, notGiven);
    }
}
