package org.evofit.wrapper.model;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.fit.ExcludedPoints;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.NonFiniteTerms;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.wrapper.results.ResultJson;

/**
 * What a person must hear about one data set before trusting a fit of it: some of its points are left
 * out of the fit, how many and why; or what reading its file assumed or corrected, or what the fitted
 * model did at its points (a {@link #note()}). The command line prints {@link #message()} on stderr, the
 * result files record the counts and the messages, and the Java API and the web service read them as values.
 * A warning read back from a run's result.json ({@link #recorded}) keeps the recorded message whole.
 *
 * @param source   what the message names: the data file as it was loaded (with the chosen data set of
 *                 an ORSO file), or the data set's name when it came from arrays; {@code null} for a
 *                 recorded warning, whose note is the whole message
 * @param quantity what the measured value is called: {@code R} for ORSO reflectivity, else {@code y}
 * @param fomName  the figure of merit that cannot use the points
 * @param policy   what that figure of merit does with them: leaves them out, or becomes NaN
 * @param counts   the data set's points in range and the ones left out; {@code null} for a note
 * @param note     what reading the file assumed or corrected (from its format), or what the fitted model made
 *                 of the data set's terms; {@code null} for left-out points counted here
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
     * @param names   how the messages name the data files
     */
    public static List<DataWarning> of(FitProblem problem, List<DataSource> sources, FileNames names) {
        List<DataWarning> out = new ArrayList<>();
        for (DataSource source : sources) {
            for (String note : source.notes()) {
                out.add(note(describe(source, null, names), note));
            }
        }
        List<ExcludedPoints> excluded = problem.excludedPoints();
        for (int k = 0; k < excluded.size(); k++) {
            ExcludedPoints counts = excluded.get(k);
            if (counts.any()) {
                DataSource source = k < sources.size() ? sources.get(k) : null;
                out.add(new DataWarning(describe(source, counts.dataSet(), names),
                        source != null && source.isOrt() ? "R" : "y", problem.figureOfMerit().name(),
                        problem.figureOfMerit().nonFinitePolicy(), counts));
            }
        }
        return List.copyOf(out);
    }

    /**
     * One warning per data set of {@code problem} at whose usable points the fitted model made non-finite
     * figure-of-merit terms ({@code terms}, from the fit's result), in the problem's order.
     *
     * @param sources where each data set came from, in the problem's order; empty when unknown
     * @param names   how the messages name the data files
     */
    public static List<DataWarning> ofModelTerms(FitProblem problem, List<DataSource> sources, FileNames names,
                                                 List<NonFiniteTerms> terms) {
        List<DataWarning> out = new ArrayList<>();
        int next = 0;
        List<DataSet> dataSets = problem.dataSets();
        // The terms are a subsequence of the data sets, in the same order.
        for (int k = 0; k < dataSets.size() && next < terms.size(); k++) {
            NonFiniteTerms counted = terms.get(next);
            if (dataSets.get(k).name().equals(counted.dataSet())) {
                DataSource source = k < sources.size() ? sources.get(k) : null;
                out.add(new DataWarning(describe(source, counted.dataSet(), names), null, problem.figureOfMerit().name(),
                        problem.figureOfMerit().nonFinitePolicy(), null, counted.message()));
                next++;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The warnings a run's result.json records, as the run that wrote it had them: the data sets with
     * left-out points (with their counts), then the other warnings; each message as it was written.
     */
    public static List<DataWarning> recorded(ResultJson result) {
        List<DataWarning> out = new ArrayList<>();
        for (ResultJson.ExcludedPoints e : result.excludedPoints()) {
            String message = e.warning() != null ? e.warning()
                    : e.excluded() + " of " + e.points() + " points of data set " + e.dataSet() + " are left out of the fit";
            ExcludedPoints counts = new ExcludedPoints(e.dataSet(), e.points(), e.nonFinite(), e.excluded() - e.nonFinite());
            out.add(new DataWarning(null, null, result.fomName(), null, counts, message));
        }
        for (String warning : result.warnings()) {
            out.add(new DataWarning(null, null, result.fomName(), null, null, warning));
        }
        return List.copyOf(out);
    }

    /**
     * The warning as one line, such as {@code example.ort: 40 of 111 points have a non-finite R and are
     * left out of the fit}.
     */
    public String message() {
        if (note != null) {
            return source == null ? note : source + ": " + note;
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

    private static String describe(DataSource source, String dataSet, FileNames names) {
        if (source == null) {
            return "data set " + dataSet;
        }
        String file = names.of(source.file());
        return source.ortDataSet() == null ? file : file + " (data set " + source.ortDataSet() + ")";
    }
}
