package org.evofit.wrapper.modelfile;

import java.util.Set;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/**
 * A time-of-flight instrument's resolution written as its relative wavelength and angle spreads:
 * {@code dlambda} (Δλ/λ) and {@code dtheta} (Δθ/θ), both one standard deviation, each a number or the
 * name of a variable or parameter (so it can be fitted). Each point's width in Q is
 * sqrt((Δλ/λ)² + (Δθ/θ)²)·Q, the two spreads being independent; it becomes the resolution expression
 * {@code sqrt(dlambda^2 + dtheta^2)*x} that GenX's varying and full modes take, so it needs x in Q.
 * A width per point measured by the instrument is a data column instead ({@code columns: {resolution: N}}).
 */
final class TofResolution {

    /** The key of Δλ/λ. */
    static final String DLAMBDA = "dlambda";
    /** The key of Δθ/θ. */
    static final String DTHETA = "dtheta";
    /** Both keys. */
    static final Set<String> KEYS = Set.of(DLAMBDA, DTHETA);

    private TofResolution() {
    }

    /** Whether the resolution section gives either spread. */
    static boolean given(MapNode resolution) {
        return resolution != null && (resolution.has(DLAMBDA) || resolution.has(DTHETA));
    }

    /**
     * The resolution expression of x the spreads give.
     *
     * @param expressionKey the key of a resolution written directly as an expression, which excludes these
     * @throws org.evofit.wrapper.doc.ModelFileException at the section when x is not Q, only one spread is
     *                                                   given or an expression is too; at a spread that is
     *                                                   neither a number nor a name
     */
    static String expression(MapNode resolution, Coordinates coords, String expressionKey) {
        if (resolution.has(expressionKey)) {
            throw resolution.required(expressionKey).error("give the resolution either as " + DLAMBDA + " and " + DTHETA
                    + " or as an " + expressionKey + ", not both");
        }
        if (!resolution.has(DLAMBDA) || !resolution.has(DTHETA)) {
            throw resolution.error("a time-of-flight resolution needs both " + DLAMBDA + " (Δλ/λ) and " + DTHETA
                    + " (Δθ/θ), one standard deviation each; write 0 for a spread the instrument does not have");
        }
        if (coords != Coordinates.Q) {
            throw resolution.required(DLAMBDA).error(DLAMBDA + " and " + DTHETA + " give a width proportional to Q, "
                    + "so they need x in Q (coords: q)");
        }
        return "sqrt(" + term(resolution.required(DLAMBDA)) + "^2 + " + term(resolution.required(DTHETA)) + "^2)*x";
    }

    /** A spread as the expression reads it: a non-negative number, or a name. */
    private static String term(Node node) {
        String text = node.asScalar().text().strip();
        if (ExpressionCompiler.isName(text)) {
            return text;
        }
        double value = ParameterSpecs.constant(node.asScalar());
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw node.error("expected a relative spread of 0 or more (one standard deviation, such as 0.02 for 2 %),"
                    + " or the name of a variable, but found '" + text + "'");
        }
        return "(" + value + ")";
    }
}
