package org.evofit.core.materials;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one formula unit of a layer is made of, written as GenX users write it, and the scattering
 * quantities that follow from it: f = Σ nᵢ fᵢ (X-rays), b = Σ nᵢ bᵢ (neutrons) and M = Σ nᵢ Mᵢ.
 *
 * <h2>Syntax</h2>
 * <ul>
 *   <li>Terms joined by {@code +}, each an optional factor with {@code *} and a formula:
 *       {@code Fe}, {@code Mg + O}, {@code Si + 2*O}, {@code 2*Fe + 3*O}, {@code 0.5*Fe + 0.5*Ni}.
 *       This is GenX's {@code fp.Mg + fp.O} without the table prefixes.</li>
 *   <li>A formula is one or more element symbols, each followed by an optional count:
 *       {@code SiO2}, {@code Fe2O3}, {@code Fe0.9O}, {@code 2*SiO2}. Symbols are case-sensitive
 *       ({@code Co} is cobalt, {@code CO} carbon and oxygen). Parentheses are not supported.</li>
 *   <li>Isotopes: {@code D} and {@code T} for deuterium and tritium, any other isotope as its mass
 *       number and symbol, at the start of a formula as chemists write ⁵⁸Ni ({@code 58Ni},
 *       {@code 10B4C}, {@code 2*58Ni}), or anywhere in brackets ({@code [2H]}, {@code Fe[57Fe]}). A
 *       number written right before a symbol is a mass number, never a count: {@code 2H2O} is heavy
 *       water, two waters are {@code 2*H2O}, and {@code 2O} is refused because O has no isotope 2O.</li>
 *   <li>Blanks are allowed around {@code +} and {@code *}, not inside a formula. A species named twice
 *       is counted once with the summed count ({@code H2O + H} is H3O).</li>
 * </ul>
 * Mistakes raise a {@link CompositionSyntaxException} with the 1-based position of the offending
 * character, for example {@code expected an element symbol at position 6} for {@code "Mg + "}.
 *
 * <p>X-ray scattering does not see the nucleus, so an isotope takes its element's f; its neutron
 * scattering length and mass are its own.
 */
public final class Composition {

    private final String text;
    private final List<AtomCount> atoms;

    private Composition(String text, List<AtomCount> atoms) {
        this.text = text;
        this.atoms = atoms;
    }

    /**
     * Reads a composition.
     *
     * @throws CompositionSyntaxException located at the first character that does not fit the syntax
     */
    public static Composition parse(String text) {
        return new Composition(text, CompositionParser.parse(text));
    }

    /** The composition as it was written. */
    public String text() {
        return text;
    }

    /** The atoms of one formula unit, each species once, in order of first appearance. */
    public List<AtomCount> atoms() {
        return atoms;
    }

    /**
     * The X-ray scattering factor of one formula unit at a wavelength, Σ nᵢ (f1ᵢ − i·f2ᵢ) in electrons,
     * from the standard tables.
     *
     * @throws IllegalArgumentException when an element has no table or the wavelength is outside one
     */
    public ComplexValue f(double wavelengthAngstrom) {
        return f(XrayScatteringFactors.standard(), wavelengthAngstrom);
    }

    /** The X-ray scattering factor of one formula unit at a wavelength, from the given tables. */
    public ComplexValue f(XrayScatteringFactors tables, double wavelengthAngstrom) {
        ComplexValue sum = ComplexValue.ZERO;
        for (AtomCount atom : atoms) {
            sum = sum.plus(tables.f(atom.species().element(), wavelengthAngstrom).times(atom.count()));
        }
        return sum;
    }

    /**
     * The coherent neutron scattering length of one formula unit, Σ nᵢ bᵢ in fm, from the standard
     * table.
     *
     * @throws IllegalArgumentException when the table has no length for a species
     */
    public ComplexValue b() {
        return b(NeutronScatteringLengths.standard());
    }

    /** The coherent neutron scattering length of one formula unit, from the given table. */
    public ComplexValue b(NeutronScatteringLengths table) {
        ComplexValue sum = ComplexValue.ZERO;
        for (AtomCount atom : atoms) {
            sum = sum.plus(table.b(atom.species()).times(atom.count()));
        }
        return sum;
    }

    /**
     * The mass of one formula unit, Σ nᵢ Mᵢ in g/mol, from the standard table.
     *
     * @throws IllegalArgumentException when the table has no weight for a species
     */
    public double molarMass() {
        return molarMass(AtomicWeights.standard());
    }

    /** The mass of one formula unit in g/mol, from the given table. */
    public double molarMass(AtomicWeights table) {
        double sum = 0;
        for (AtomCount atom : atoms) {
            sum += atom.count() * table.weight(atom.species());
        }
        return sum;
    }

    /**
     * Formula units per Å³ at a mass density, n = ρ · 0.602214076 / M (see
     * {@link AtomicWeights#formulaUnitsPerCubicAngstrom}), with M from the standard table.
     *
     * @param densityGramsPerCm3 mass density in g/cm³
     */
    public double formulaUnitsPerCubicAngstrom(double densityGramsPerCm3) {
        return AtomicWeights.formulaUnitsPerCubicAngstrom(densityGramsPerCm3, molarMass());
    }

    /** Compositions are equal when they hold the same species with the same counts in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Composition composition && atoms.equals(composition.atoms);
    }

    /** A hash consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return atoms.hashCode();
    }

    /** The composition in this class's explicit syntax, such as {@code Si + 2*O} or {@code 2*[2H] + O}. */
    @Override
    public String toString() {
        return atoms.stream().map(Composition::term).collect(Collectors.joining(" + "));
    }

    private static String term(AtomCount atom) {
        Species species = atom.species();
        String name = species.isIsotope() ? "[" + species.tableName() + "]" : species.element();
        double count = atom.count();
        if (count == 1) {
            return name;
        }
        // Plain decimals (2, 0.9, 0.00001) so that the text reads back with parse.
        return new BigDecimal(Double.toString(count)).stripTrailingZeros().toPlainString() + "*" + name;
    }
}
