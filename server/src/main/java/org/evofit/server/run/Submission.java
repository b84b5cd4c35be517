package org.evofit.server.run;

import java.util.List;
import java.util.Map;
import org.evofit.server.account.Role;

/**
 * A fit (one model, one data file, or one file per data set of a model of several) or a sweep (one model,
 * many data files, or a list per data set) started from a project, as kept in
 * {@code service/runs/<id>/submission.json}.
 *
 * @param id        10 lower-case hex digits, the permalink's
 * @param project   the project it was started from
 * @param kind      {@code fit} or {@code sweep}
 * @param model     the model's project path ({@code models/NAME})
 * @param data      the data files' project paths, in order (each replaces the model's first data set), or empty
 * @param dataSets  the data files' project paths by data set name (a fit's one each, a sweep's list each), or empty
 * @param settings  optimizer settings overriding the model's (the sweep file's {@code fit:} keys)
 * @param fom       the figure of merit fitted with instead of the model's, or null for the model's own
 * @param sequence  how a sweep's sequence values are found, or null for a fit
 * @param sample    the posterior sampling each run does after its fit, or null for none
 * @param requestId the correlation id of the request that started it
 * @param created   when it was started (ISO-8601)
 * @param status    where it is
 * @param message   why it failed or stopped, or null
 * @param clusterSweep the id of the cluster's sweep it was submitted as, or null (not submitted, or run on
 *                  this machine's slots)
 * @param user      the account that started it, or null (the single user of a service without sign-in, or a
 *                  submission made before accounts were recorded)
 * @param role      that account's role when it started it ({@code guest}: its fits wait behind every other), or null
 */
public record Submission(String id, String project, String kind, String model, List<String> data,
                         Map<String, List<String>> dataSets, Map<String, String> settings, String fom, SequenceRule sequence, SampleRequest sample,
                         String requestId, String created, SubmissionStatus status, String message, String clusterSweep,
                         String user, String role) {

    /** The kind of a submission of one run. */
    public static final String FIT = "fit";
    /** The kind of a submission of many runs. */
    public static final String SWEEP = "sweep";

    /** Empty data sets for a submission kept before they were recorded. */
    public Submission {
        dataSets = dataSets == null ? Map.of() : dataSets;
    }

    /** Its data files as pages and logs name them: {@code data/a.dat}, or {@code film in D2O: data/d2o.dat, ...}. */
    public String dataText() {
        if (dataSets.isEmpty()) {
            return String.join(", ", data);
        }
        List<String> out = new java.util.ArrayList<>();
        dataSets.forEach((name, files) -> out.add(name + ": " + String.join(", ", files)));
        return String.join("; ", out);
    }

    /** This submission in {@code newStatus}, with {@code newMessage}. */
    public Submission with(SubmissionStatus newStatus, String newMessage) {
        return new Submission(id, project, kind, model, data, dataSets, settings, fom, sequence, sample, requestId, created, newStatus,
                newMessage, clusterSweep, user, role);
    }

    /** This submission, sent to the cluster as sweep {@code sweep}. */
    public Submission submittedAs(String sweep) {
        return new Submission(id, project, kind, model, data, dataSets, settings, fom, sequence, sample, requestId, created, status, message,
                sweep, user, role);
    }

    /** Whether its fits take the slots last: a guest's (untrusted, the lowest priority). */
    public boolean lowPriority() {
        return Role.GUEST.key().equals(role);
    }

    /** Its permalink: {@code /runs/ID} for a fit, {@code /sweeps/ID} for a sweep. */
    public String url() {
        return (SWEEP.equals(kind) ? "/sweeps/" : "/runs/") + id;
    }
}
