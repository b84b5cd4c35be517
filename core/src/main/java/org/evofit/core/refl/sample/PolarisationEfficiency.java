package org.evofit.core.refl.sample;

/**
 * How imperfect polarising optics mix the four ideal spin cross sections into what a channel measures.
 * The beam passes the polariser, the first flipper, the sample, the second flipper and the analyser; each
 * efficiency is a probability, 1 for a perfect element:
 * <ul>
 *   <li>{@code polariser}: the fraction of the beam leaving the polariser with spin + (0.5: unpolarised);</li>
 *   <li>{@code flipper1}, {@code flipper2}: the probability that a flipper that is on flips the spin;</li>
 *   <li>{@code analyser}: the probability that the analyser passes spin + (and stops spin −).</li>
 * </ul>
 * A channel whose first sign is − has the first flipper on, one whose second sign is − the second. The
 * measured reflectivity is Σ over incident spin a and reflected spin b of w_a·R^{ab}·t_b, with w the
 * incident spin fractions and t the probabilities of passing the analysis; without an analyser t = 1.
 * This is the same chain of polariser, flipper, sample, flipper and analyser matrices refl1d and GenX
 * apply; all efficiencies 1 give the ideal cross sections.
 *
 * <p>Without a polariser ({@code o+}, {@code o-}) half the beam arrives in each spin whatever
 * {@code polariser} and {@code flipper1} say, and the direct beam it is normalised by passed the same
 * analyser, which lets half an unpolarised beam through whatever its efficiency: w = 1/2 over a direct beam
 * of 1/2, so w = 1 for both spins. Ideal optics then give Ro+ = R++ + R−+, and a sample without magnetism
 * (R++ = R−−, no spin flip) gives its unpolarised reflectivity in both channels, as {@code +} and {@code -}
 * do.
 *
 * @param polariser fraction of the beam polarised +, 0 to 1
 * @param analyser  probability that the analyser passes spin +, 0 to 1
 * @param flipper1  probability that the first flipper flips when on, 0 to 1
 * @param flipper2  probability that the second flipper flips when on, 0 to 1
 */
public record PolarisationEfficiency(double polariser, double analyser, double flipper1, double flipper2) {

    /** Perfect optics: every channel sees its ideal cross section. */
    public static final PolarisationEfficiency IDEAL = new PolarisationEfficiency(1, 1, 1, 1);

    /**
     * What {@code channel} measures of the four cross sections (first sign incident, second reflected).
     *
     * @param rmm R−−
     * @param rmp R−+ (incident −, reflected +)
     * @param rpm R+− (incident +, reflected −)
     * @param rpp R++
     */
    public double measured(SpinChannel channel, double rmm, double rmp, double rpm, double rpp) {
        double wPlus = switch (channel.incident()) {
            case 1 -> polariser;
            case -1 -> polariser * (1 - flipper1) + (1 - polariser) * flipper1;
            default -> 1;
        };
        double wMinus = channel.incident() == 0 ? 1 : 1 - wPlus;
        double tPlus;
        double tMinus;
        switch (channel.analysed()) {
            case 1 -> {
                tPlus = analyser;
                tMinus = 1 - analyser;
            }
            case -1 -> {
                // The second flipper turns the reflected spin before the analyser, which passes +.
                tPlus = (1 - flipper2) * analyser + flipper2 * (1 - analyser);
                tMinus = flipper2 * analyser + (1 - flipper2) * (1 - analyser);
            }
            default -> {
                tPlus = 1;
                tMinus = 1;
            }
        }
        return wPlus * (rpp * tPlus + rpm * tMinus) + wMinus * (rmp * tPlus + rmm * tMinus);
    }
}
