package org.evofit.core.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * X-ray scattering factors of the elements at zero momentum transfer, from the NIST FFAST tables
 * (Chantler), hydrogen to uranium: f = f1 − i·f2 in electrons per atom, f1 including the relativistic
 * and nuclear-Thomson terms as GenX's tables do. This is GenX's {@code fp.Fe}.
 *
 * <p>At a wavelength λ in Å the photon energy is E = 12398.42 / λ eV, and f1 and f2 are interpolated
 * linearly in energy between the two tabulated rows that bracket E, evaluated from the nearer row as
 * GenX does, so a tabulated energy returns its row exactly. Where a table repeats an energy (an
 * absorption edge listed below and above), that energy returns the first of the two rows and energies
 * above it interpolate from the second; the shipped FFAST tables repeat none. The whole table range is
 * usable, its first and last rows included (GenX stops one row short at each end, below about 12 eV
 * and above 350 keV, far from any X-ray reflectometry wavelength).
 *
 * <p>Each element's table is read from the resources of this package the first time it is asked for
 * and then kept; reading is thread-safe and happens once per element.
 */
public final class XrayScatteringFactors {

    /** h·c in eV·Å as GenX uses it: E[eV] = 12398.42 / λ[Å]. */
    public static final double HC_EV_ANGSTROM = 12398.42;

    private static final String TABLE_FOLDER = "f1f2_nist/";

    /** Holder idiom: the shared instance is created on first use, safely across threads. */
    private static final class Standard {
        static final XrayScatteringFactors INSTANCE = new XrayScatteringFactors();
    }

    private final ConcurrentMap<String, Optional<EnergyTable>> tables = new ConcurrentHashMap<>();

    private XrayScatteringFactors() {
    }

    /** The shared tables shipped with evofit. */
    public static XrayScatteringFactors standard() {
        return Standard.INSTANCE;
    }

    /** The photon energy in eV of a wavelength in Å: E = 12398.42 / λ. */
    public static double energyEv(double wavelengthAngstrom) {
        return HC_EV_ANGSTROM / wavelengthAngstrom;
    }

    /** Whether the tables cover an element (symbol, case-sensitive). */
    public boolean has(String element) {
        return ElementSymbols.isSymbol(element) && table(element).isPresent();
    }

    /**
     * f = f1 − i·f2 of an element at a wavelength, in electrons per atom.
     *
     * @param element            element symbol as chemistry writes it ({@code Fe}, not {@code FE})
     * @param wavelengthAngstrom wavelength in Å
     * @throws IllegalArgumentException {@code unknown element 'Xx'} for a name that is not a tabulated
     *                                  element; a message naming the element, the wavelength and the
     *                                  valid wavelength range when the wavelength is outside the table
     */
    public ComplexValue f(String element, double wavelengthAngstrom) {
        if (!(wavelengthAngstrom > 0 && Double.isFinite(wavelengthAngstrom))) {
            throw new IllegalArgumentException("X-ray wavelength must be a positive number of Å but is "
                    + wavelengthAngstrom);
        }
        EnergyTable table = require(element);
        double energy = energyEv(wavelengthAngstrom);
        if (!table.covers(energy)) {
            throw new IllegalArgumentException("X-ray scattering factor of " + element + ": wavelength "
                    + wavelengthAngstrom + " Å (" + energy + " eV) is outside the table, which covers "
                    + rounded(energyEv(table.maxEnergy()), RoundingMode.CEILING) + " to "
                    + rounded(energyEv(table.minEnergy()), RoundingMode.FLOOR) + " Å (" + table.minEnergy()
                    + " to " + table.maxEnergy() + " eV)");
        }
        return table.at(energy);
    }

    /**
     * f = f1 − i·f2 of an element at a photon energy, in electrons per atom; a tabulated energy returns
     * that row's values exactly.
     *
     * @throws IllegalArgumentException for an unknown element, or an energy outside the table (the
     *                                  message names the element, the energy and the valid range)
     */
    public ComplexValue fAtEnergy(String element, double energyEv) {
        EnergyTable table = require(element);
        if (!table.covers(energyEv)) {
            throw new IllegalArgumentException("X-ray scattering factor of " + element + ": energy "
                    + energyEv + " eV is outside the table, which covers " + table.minEnergy() + " to "
                    + table.maxEnergy() + " eV");
        }
        return table.at(energyEv);
    }

    /**
     * A wavelength bound to six significant digits, rounded towards the inside of the range so that
     * the printed bound itself is a valid wavelength.
     */
    private static String rounded(double bound, RoundingMode inwards) {
        return new BigDecimal(bound).round(new MathContext(6, inwards)).stripTrailingZeros().toPlainString();
    }

    private EnergyTable require(String element) {
        if (!ElementSymbols.isSymbol(element)) {
            throw new IllegalArgumentException(ElementSymbols.unknown(element));
        }
        return table(element).orElseThrow(() -> new IllegalArgumentException("unknown element '" + element
                + "' for X-ray scattering factors: the tables cover H to U"));
    }

    private Optional<EnergyTable> table(String element) {
        // A plain read first: after the first use of an element every call takes this path, lock-free.
        Optional<EnergyTable> table = tables.get(element);
        return table != null ? table : tables.computeIfAbsent(element, XrayScatteringFactors::load);
    }

    private static Optional<EnergyTable> load(String element) {
        // File names are the lower-case symbols (fe.nff); the symbol was checked case-sensitively before.
        String resource = TABLE_FOLDER + element.toLowerCase(Locale.ROOT) + ".nff";
        try (InputStream in = XrayScatteringFactors.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(NffReader.read(element, resource, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
