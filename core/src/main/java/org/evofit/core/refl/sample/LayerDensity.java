package org.evofit.core.refl.sample;

import org.evofit.core.materials.AtomicWeights;
import org.evofit.core.materials.Composition;
import org.evofit.core.param.Parameter;

/**
 * The two ways a material layer's density may be written: {@link LayerQuantity#DENS} in formula units
 * per Å³ (GenX's {@code dens}, what the kernel uses) or {@link #KEY} as a mass density in g/cm³,
 * converted with the formula unit's molar mass M from the atomic weights:
 * dens = ρ · 0.602214076 / M ({@link AtomicWeights#formulaUnitsPerCubicAngstrom}).
 *
 * <p>Written in the wrong unit, a density is off by a factor of M/0.6 (about 90 for Fe) and the fit
 * starts nowhere near the data; so a value that no material has in the unit written is refused with
 * the other key suggested. Plausible means: at most {@link #MAX_FORMULA_UNITS} formula units per Å³
 * (diamond, the densest in atoms, has 0.18), and a mass density of at most {@link #MAX_GRAMS_PER_CM3}
 * g/cm³ (osmium, the densest element, has 22.6) either given or implied. A mass density below
 * {@link #LIGHT_GRAMS_PER_CM3} g/cm³ (a gas) is refused only when the same number read as {@code dens}
 * would be an ordinary solid or liquid, which is what such a number usually is.
 */
public final class LayerDensity {

    /** The model-file key of a mass density in g/cm³. */
    public static final String KEY = "density";
    /** The most formula units per Å³ a layer is taken to have. */
    public static final double MAX_FORMULA_UNITS = 0.5;
    /** The largest mass density in g/cm³ a layer is taken to have. */
    public static final double MAX_GRAMS_PER_CM3 = 30;
    /** Below this mass density (g/cm³) a layer is a gas; above it, a condensed material. */
    public static final double LIGHT_GRAMS_PER_CM3 = 0.3;

    private LayerDensity() {
    }

    /**
     * The parameter {@code L.dens} of a density given in g/cm³: its value and bounds converted with the
     * material's molar mass (the conversion is a factor, so a fitted density stays fitted in the same range).
     *
     * @param gramsPerCm3 the parameter as written, in g/cm³ (its name is ignored)
     * @throws IllegalArgumentException when the value is implausible in g/cm³, or the material has an
     *                                  element without an atomic weight
     */
    public static Parameter fromGramsPerCm3(String layer, Parameter gramsPerCm3, Composition material) {
        double molarMass = material.molarMass();
        String problem = implausibleGramsPerCm3(gramsPerCm3.value(), molarMass, material);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        double factor = AtomicWeights.formulaUnitsPerCubicAngstrom(1, molarMass);
        return new Parameter(LayerQuantity.DENS.parameterName(layer), gramsPerCm3.value() * factor,
                gramsPerCm3.fit(), gramsPerCm3.min() * factor, gramsPerCm3.max() * factor);
    }

    /**
     * Why {@code dens} (formula units per Å³) is implausible for the material, suggesting {@link #KEY};
     * {@code null} when it is plausible.
     */
    public static String implausibleFormulaUnits(double dens, Composition material) {
        double grams = dens * material.molarMass() / AtomicWeights.AVOGADRO_PER_CM3_IN_A3;
        if (dens > MAX_FORMULA_UNITS || grams > MAX_GRAMS_PER_CM3) {
            return "dens is in formula units per Å³ (Fe: 0.0849, Si: 0.0499), and " + dens + " of " + material.text()
                    + " would weigh " + round(grams) + " g/cm³; if " + dens + " is a mass density in g/cm³, write "
                    + KEY + ": " + dens;
        }
        return null;
    }

    private static String implausibleGramsPerCm3(double grams, double molarMass, Composition material) {
        double gramsIfDens = grams * molarMass / AtomicWeights.AVOGADRO_PER_CM3_IN_A3;
        boolean tooHeavy = grams > MAX_GRAMS_PER_CM3;
        boolean denseIfDens = grams < LIGHT_GRAMS_PER_CM3 && grams > 0 && gramsIfDens >= LIGHT_GRAMS_PER_CM3
                && gramsIfDens <= MAX_GRAMS_PER_CM3 && grams <= MAX_FORMULA_UNITS;
        if (tooHeavy || denseIfDens) {
            return KEY + " is a mass density in g/cm³ (Fe: 7.87, Si: 2.33), and " + grams + " g/cm³ of "
                    + material.text() + " is " + (tooHeavy ? "denser than any material (osmium: 22.6)"
                    : "a gas") + "; if " + grams + " is in formula units per Å³, write " + LayerQuantity.DENS.key()
                    + ": " + grams;
        }
        return null;
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
