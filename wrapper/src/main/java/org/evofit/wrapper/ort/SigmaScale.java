package org.evofit.wrapper.ort;

import java.util.Locale;
import java.util.Optional;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/**
 * Turns the width an ORSO error column states into the 1-sigma width evofit works with.
 *
 * <p>A column says what its values are with {@code value_is} ({@code sigma}, the default, or
 * {@code FWHM}) and of which {@code distribution} ({@code gaussian}, the default, {@code uniform},
 * {@code rectangular}, {@code triangular} or {@code lorentzian}). evofit smears and weights with
 * Gaussians, so every width becomes the standard deviation of its distribution: a sigma is taken
 * as it is, a FWHM is divided by the ratio of FWHM to standard deviation of its distribution. A
 * Lorentzian has no standard deviation, so no Gaussian can stand in for it and such a column is
 * refused rather than silently mistreated.
 */
final class SigmaScale {

    /** FWHM / sigma of a Gaussian: 2·sqrt(2·ln 2). */
    static final double GAUSSIAN = 2.3548200450309493;
    /** FWHM / sigma of a uniform (rectangular) distribution: its full width over width/sqrt(12). */
    static final double RECTANGULAR = 3.4641016151377544;
    /** FWHM / sigma of a symmetric triangle of half-base a: a over a/sqrt(6). */
    static final double TRIANGULAR = 2.449489742783178;

    private SigmaScale() {
    }

    /**
     * What the column's values must be divided by to give a 1-sigma width: 1 for a sigma.
     *
     * @param column the column's mapping in the header, for locating mistakes
     * @param label  the column's label for messages, such as {@code sQz}
     * @throws org.evofit.wrapper.doc.ModelFileException (located in the header's YAML) for an
     *                                                    unknown {@code value_is} or distribution
     */
    static double divisor(MapNode column, String label) {
        boolean fwhm = column.optional("value_is").map(node -> isFwhm(node, label)).orElse(false);
        Optional<Node> distributionNode = column.optional("distribution");
        String distribution = distributionNode
                .map(node -> node.asScalar().text().toLowerCase(Locale.ROOT))
                .orElse("gaussian");
        double fwhmPerSigma = switch (distribution) {
            case "gaussian" -> GAUSSIAN;
            case "uniform", "rectangular" -> RECTANGULAR;
            case "triangular" -> TRIANGULAR;
            case "lorentzian" -> throw distributionNode.orElseThrow().error("expected a"
                    + " distribution with a standard deviation for " + label + " (gaussian,"
                    + " uniform, rectangular or triangular) but found 'lorentzian', which evofit"
                    + " cannot represent by a Gaussian");
            default -> throw distributionNode.orElseThrow().error("expected the distribution of "
                    + label + " to be gaussian, uniform, rectangular or triangular but found "
                    + distributionNode.orElseThrow().describe());
        };
        return fwhm ? fwhmPerSigma : 1;
    }

    private static boolean isFwhm(Node node, String label) {
        String text = node.asScalar().text();
        if (text.equalsIgnoreCase("sigma")) {
            return false;
        }
        if (text.equalsIgnoreCase("fwhm")) {
            return true;
        }
        throw node.error("expected value_is of " + label + " to be sigma or FWHM but found "
                + node.describe());
    }
}
