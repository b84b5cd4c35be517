package org.evofit.wrapper.model;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.fit.ExcludedPoints;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fom.NonFinitePolicy;

/**
 * What a person must hear about one data set before trusting a fit of it: some of its points are left
 * out of the fit, how many and why; or what reading its file assumed or corrected (a {@link #note()}). The command line prints {@link #message()} on stderr, the result
 * files record the counts, and the Java API and the web service read them as values.
 *
 * @param source   what the message names: the data file as it was loaded (with the chosen data set of
 *                 an ORSO file), or the data set's name when it came from arrays
 * @param quantity what the measured value is called: {@code R} for ORSO reflectivity, else {@code y}
 * @param fomName  the figure of merit that cannot use the points
 * @param policy   what that figure of merit does with them: leaves them out, or becomes NaN
 * @param counts   the data set's points in range and the ones left out; {@code null} for a note
 * @param note     what reading the file assumed or corrected (from its format), or {@code null} for left-out points
 */
public record DataWarning(String source, String quantity, String fomName, NonFinitePolicy policy,
                          ExcludedPoints counts, String note) {

    /** A warning of left-out points. */
    public DataWarning(String source, String quantity, String fomName, NonFinitePolicy policy,
                       ExcludedPoints counts) {
        this(source, quantity, fomName, policy, counts, null);
    }

    /** What reading {@code source} assumed or corrected. */
    public static DataWarning note(String source, String note) {
        return new DataWarning(source, null, null, null, null, note);
    }

    /** Whether this warning counts left-out points (else it is a reading note). */
    public boolean excludesPoints() {
        return counts != null;
    }

    /**
     * The notes of reading each data file, then one warning per data set of {@code problem} that has points its
     * figure of merit cannot use, in the problem's order.
     *
     * @param sources where each data set came from, in the problem's order; empty when unknown
     */
    public static List<DataWarning> of(FitProblem problem, List<DataSource> sources) {
        List<DataWarning> out = new ArrayList<>();
        for (DataSource source : sources) {
            for (String note : source.notes()) {
                out.add(note(describe(source, null), note));
            }
        }
        List<ExcludedPoints> excluded = problem.excludedPoints();
        for (int k = 0; k < excluded.size(); k++) {
            ExcludedPoints counts = excluded.get(k);
            if (counts.any()) {
                DataSource source = k < sources.size() ? sources.get(k) : null;
                out.add(new DataWarning(describe(source, counts.dataSet()),
                        source != null && source.isOrt() ? "R" : "y", problem.figureOfMerit().name(),
                        problem.figureOfMerit().nonFinitePolicy(), counts));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The warning as one line, such as {@code example.ort: 40 of 111 points have a non-finite R and are
     * left out of the fit}.
     */
    public String message() {
        if (note != null) {
            return source + ": " + note;
        }
        String unusable = "an " + quantity + " or error the figure of merit " + fomName + " cannot use";
        String why;
        if (counts.unusable() == 0) {
            why = plural(counts.nonFinite(), "has", "have") + " a non-finite " + quantity;
        } else if (counts.nonFinite() == 0) {
            why = plural(counts.unusable(), "has", "have") + " " + unusable;
        } else {
            why = plural(counts.excluded(), "has", "have") + " a non-finite " + quantity + " (" + counts.nonFinite()
                    + ") or " + unusable + " (" + counts.unusable() + ")";
        }
        String fate = policy == NonFinitePolicy.IGNORE ? " and " + (counts.excluded() == 1 ? "is" : "are")
                + " left out of the fit" : ", which makes the figure of merit NaN under nonFinite: fail";
        return source + ": " + counts.excluded() + " of " + counts.points() + " points " + why + fate;
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }

    private static String describe(DataSource source, String dataSet) {
        if (source == null) {
            return "data set " + dataSet;
        }
        return source.ortDataSet() == null ? source.file().toString()
                : source.file() + " (data set " + source.ortDataSet() + ")";
    }
}
