package org.evofit.core.fom;

import static org.evofit.core.fom.Denominator.none;
import static org.evofit.core.fom.Denominator.overAllDataSets;
import static org.evofit.core.fom.Denominator.perDataSet;

/**
 * The figures of merit of GenX, plus a plain reduced chi-square, as formulas for per-point signed
 * terms t<sub>i</sub>.
 *
 * <p>Notation (as in GenX): Y is the measured value, S the simulation, E the 1-sigma error and X the
 * independent variable of a point; sums run over the in-range points of all data sets unless
 * stated otherwise; N is the number of those points and p the number of free parameters. Every
 * figure of merit is {@code Σ |t_i|}, divided by (N − p) where stated. Logarithms are base 10
 * unless written ln.
 */
public enum FomFormula {

    /** GenX {@code diff}: t = Y − S; divided by N − p. */
    DIFF("diff", Scale.PER_DEGREE_OF_FREEDOM, Errors.UNUSED,
            (y, s, e, x) -> y - s, none()),

    /** GenX {@code log}: t = log Y − log S; divided by N − p. */
    LOG("log", Scale.PER_DEGREE_OF_FREEDOM, Errors.UNUSED,
            (y, s, e, x) -> Math.log10(y) - Math.log10(s), none()),

    /** GenX {@code sqrt}: t = sqrt Y − sqrt S; divided by N − p. */
    SQRT("sqrt", Scale.PER_DEGREE_OF_FREEDOM, Errors.UNUSED,
            (y, s, e, x) -> Math.sqrt(y) - Math.sqrt(s), none()),

    /**
     * GenX {@code R1}, the crystallographic R-factor for intensities: t = (sqrt|Y| − sqrt|S|) / D
     * with D = Σ sqrt|Y|; not divided by N − p.
     */
    R1("R1", Scale.SUM, Errors.UNUSED,
            (y, s, e, x) -> Math.sqrt(Math.abs(y)) - Math.sqrt(Math.abs(s)),
            overAllDataSets((y, e) -> Math.sqrt(Math.abs(y)))),

    /**
     * GenX {@code logR1}: t = (log sqrt Y − log sqrt S) / D with D = Σ log sqrt Y; not divided by
     * N − p. D is negative when most Y are below 1; the absolute value of the terms makes the sign
     * irrelevant.
     */
    LOG_R1("logR1", Scale.SUM, Errors.UNUSED,
            (y, s, e, x) -> Math.log10(Math.sqrt(y)) - Math.log10(Math.sqrt(s)),
            overAllDataSets((y, e) -> Math.log10(Math.sqrt(y)))),

    /**
     * GenX {@code R2}: t = sign(Y − S) (Y − S)² / D with D = Σ Y²; not divided by N − p.
     */
    R2("R2", Scale.SUM, Errors.UNUSED,
            (y, s, e, x) -> signedSquare(y - s),
            overAllDataSets((y, e) -> y * y)),

    /**
     * GenX {@code logR2}: t = sign(log Y − log S) (log Y − log S)² / D with D = Σ (log Y)²; not
     * divided by N − p.
     */
    LOG_R2("logR2", Scale.SUM, Errors.UNUSED,
            (y, s, e, x) -> signedSquare(Math.log10(y) - Math.log10(s)),
            overAllDataSets((y, e) -> Math.log10(y) * Math.log10(y))),

    /**
     * GenX {@code sintth4}: t = sin(X π / 360)⁴ (Y − S), where X is 2θ in degrees, so that the
     * Fresnel fall-off of reflectivity is divided away; divided by N − p.
     */
    SINTTH4("sintth4", Scale.PER_DEGREE_OF_FREEDOM, Errors.UNUSED,
            (y, s, e, x) -> fourthPower(Math.sin(x * Math.PI / 360.0)) * (y - s), none()),

    /**
     * GenX {@code Norm}: t = (Y − S) / D<sub>k</sub> with D<sub>k</sub> = Σ |Y| over the points of
     * the point's own data set k; divided by N − p.
     */
    NORM("Norm", Scale.PER_DEGREE_OF_FREEDOM, Errors.UNUSED,
            (y, s, e, x) -> y - s,
            perDataSet((y, e) -> Math.abs(y))),

    /** GenX {@code chi2bars}: t = sign(Y − S) (Y − S)² / E²; divided by N − p. */
    CHI2BARS("chi2bars", Scale.PER_DEGREE_OF_FREEDOM, Errors.NEEDED,
            (y, s, e, x) -> signedSquare(y - s) / (e * e), none()),

    /** GenX {@code chibars}: t = (Y − S) / E; divided by N − p. */
    CHIBARS("chibars", Scale.PER_DEGREE_OF_FREEDOM, Errors.NEEDED,
            (y, s, e, x) -> (y - s) / e, none()),

    /**
     * GenX {@code logbars}: t = (log Y − log S) ln(10) Y / E, the log difference divided by the
     * error propagated into log space, E / (Y ln 10); divided by N − p.
     */
    LOGBARS("logbars", Scale.PER_DEGREE_OF_FREEDOM, Errors.NEEDED,
            (y, s, e, x) -> logOverLogError(y, s, e), none()),

    /**
     * GenX {@code R1bars}: t = sqrt(1/E) (sqrt Y − sqrt S) / D with D = Σ sqrt(1/E) sqrt Y; not
     * divided by N − p.
     */
    R1BARS("R1bars", Scale.SUM, Errors.NEEDED,
            (y, s, e, x) -> Math.sqrt(1.0 / e) * (Math.sqrt(y) - Math.sqrt(s)),
            overAllDataSets((y, e) -> Math.sqrt(1.0 / e) * Math.sqrt(y))),

    /**
     * GenX {@code R2bars}: t = (1/E) sign(Y − S) (Y − S)² / D with D = Σ (1/E) Y²; not divided by
     * N − p. This is the formula GenX documents; GenX's own code instead computes D per data set as
     * (1/E) times Σ Y², which is not a single number per point and disagrees with the
     * documentation.
     */
    R2BARS("R2bars", Scale.SUM, Errors.NEEDED,
            (y, s, e, x) -> signedSquare(y - s) / e,
            overAllDataSets((y, e) -> y * y / e)),

    /**
     * Plain reduced chi-square (not a GenX name): t = sign(Y − S) ((Y − S) / E)², so that the
     * figure of merit is Σ ((Y − S) / E)² / (N − p), the same value as {@code chi2bars}; divided by
     * N − p.
     */
    CHI2("chi2", Scale.PER_DEGREE_OF_FREEDOM, Errors.NEEDED,
            (y, s, e, x) -> signedSquare((y - s) / e), none());

    /** Whether the sum of absolute terms is divided by the degrees of freedom N − p. */
    private enum Scale { SUM, PER_DEGREE_OF_FREEDOM }

    /** Whether the terms read the 1-sigma errors. */
    private enum Errors { UNUSED, NEEDED }

    /** ln 10, the derivative factor of log10: d(log10 Y) = dY / (Y ln 10). */
    private static final double LN10 = Math.log(10.0);

    private final String fomName;
    private final boolean perDegreeOfFreedom;
    private final boolean needsErrors;
    private final PointTerm term;
    private final Denominator denominator;

    FomFormula(String fomName, Scale scale, Errors errors, PointTerm term, Denominator denominator) {
        this.fomName = fomName;
        this.perDegreeOfFreedom = scale == Scale.PER_DEGREE_OF_FREEDOM;
        this.needsErrors = errors == Errors.NEEDED;
        this.term = term;
        this.denominator = denominator;
    }

    /** The name GenX uses (case as in GenX), for example {@code logR1}. */
    public String fomName() {
        return fomName;
    }

    /** Whether the sum of absolute terms is divided by N − p. */
    public boolean perDegreeOfFreedom() {
        return perDegreeOfFreedom;
    }

    /** Whether the terms need 1-sigma errors on every data set. */
    public boolean needsErrors() {
        return needsErrors;
    }

    /**
     * How the figure of merit combines several data sets, in words for result files and reports: as GenX's
     * figures of merit do, one sum of the terms of every in-range point of every data set, with this
     * formula's own normalisation.
     */
    public String combination() {
        String divisor = denominator.describe();
        return "one sum of |t| over the points of all data sets together" + (divisor.isEmpty() ? "" : ", " + divisor)
                + (perDegreeOfFreedom ? ", divided by N - p with N the points of all data sets it can use" : "")
                + ", as GenX combines data sets";
    }

    /**
     * Whether each term is the signed square of the residual the figure of merit compares (a sum of
     * squares such as {@code chi2bars} or {@code logR2}) rather than the residual itself (a sum of
     * absolute values such as {@code log}). Error estimates take square roots of the former only.
     */
    public boolean squaresResiduals() {
        return switch (this) {
            case R2, LOG_R2, CHI2BARS, R2BARS, CHI2 -> true;
            default -> false;
        };
    }

    /**
     * The residual r this figure of merit compares, in the notation above and before the data-only
     * divisor D: the space its error estimates work in.
     */
    public String residual() {
        return switch (this) {
            case DIFF, R2, NORM -> "Y - S";
            case LOG, LOG_R2 -> "log10(Y) - log10(S)";
            case SQRT, R1 -> "sqrt(Y) - sqrt(S)";
            case LOG_R1 -> "log10(sqrt(Y)) - log10(sqrt(S))";
            case SINTTH4 -> "sin(X pi/360)^4 (Y - S)";
            case CHI2BARS, CHIBARS, CHI2 -> "(Y - S)/E";
            case LOGBARS -> "(log10(Y) - log10(S)) ln(10) Y/E";
            case R1BARS -> "sqrt(1/E) (sqrt(Y) - sqrt(S))";
            case R2BARS -> "(Y - S)/sqrt(E)";
        };
    }

    PointTerm term() {
        return term;
    }

    Denominator denominator() {
        return denominator;
    }

    /** v·|v|: keeps the sign of v on its square, so that residual plots show the direction. */
    private static double signedSquare(double v) {
        return v * Math.abs(v);
    }

    /** The log10 difference over the error propagated into log10 space, E / (Y ln 10). */
    private static double logOverLogError(double y, double s, double e) {
        return (Math.log10(y) - Math.log10(s)) / e * LN10 * y;
    }

    private static double fourthPower(double v) {
        double square = v * v;
        return square * square;
    }
}
