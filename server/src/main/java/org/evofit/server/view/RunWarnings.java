package org.evofit.server.view;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evofit.report.RunData;
import org.evofit.server.Html;
import org.evofit.server.project.ModelInputs;
import org.evofit.wrapper.model.DataWarning;
import org.evofit.wrapper.results.ResultJson;

/**
 * The data warnings of finished runs (points left out of the fit, notes of reading a file, the model's
 * non-finite figure-of-merit terms), each message as the run's result.json records it
 * ({@link DataWarning#recorded}), which names its data files as uploaded ({@code data/example.ort}): the
 * service's runs name them so ({@link ModelInputs#asUploaded}). A run recorded before they did names the
 * server's absolute path, which would show web users the server's directory layout: its messages are shown
 * with the submission's input folder left out ({@link #shown}). For the run pages and the sweep's summary
 * table, escaped, and for the JSON API. A result must not hide dropped data, so the page says them before
 * anything else of the result, and the summary beside the run's status.
 */
public final class RunWarnings {

    private final RunDirectories directories;
    private final RecordedWarnings recorded = new RecordedWarnings();

    /**
     * The warnings of the runs in {@code directories}; each run's result.json is read once and again only
     * when it has changed ({@link RecordedWarnings}), so status polls do not parse it every time.
     */
    public RunWarnings(RunDirectories directories) {
        this.directories = directories;
    }

    /**
     * The messages of {@code result}'s warnings, in the order the run recorded them, as shown for the run in
     * {@code runDir} ({@link #shown}).
     */
    static List<String> of(ResultJson result, Path runDir) {
        return shown(DataWarning.recorded(result).stream().map(DataWarning::message).toList(), runDir);
    }

    /**
     * {@code messages} of the run in {@code runDir} ({@code SUBMISSION/runs/RUNID}) with the absolute path of
     * its submission's input folder ({@code SUBMISSION/input/}) left out, so a file a run recorded before the
     * service's runs named their files as uploaded is named as uploaded too.
     */
    static List<String> shown(List<String> messages, Path runDir) {
        Path runs = runDir.toAbsolutePath().normalize().getParent();
        if (messages.isEmpty() || runs == null || runs.getParent() == null) {
            return messages;
        }
        String input = ModelInputs.ofSubmission(runs.getParent()).toString() + runDir.getFileSystem().getSeparator();
        return messages.stream().map(m -> m.replace(input, "")).toList();
    }

    /** The warnings of {@code run} as a list for its page; nothing when it has none. */
    static String html(RunData run) {
        List<String> warnings = of(run.result(), run.dir());
        return warnings.isEmpty() ? "" : "<h2>Data warnings</h2>\n" + list(warnings, " id=\"data-warnings\"");
    }

    /**
     * {@code warnings}, escaped, as the list the run pages and the sweep's summary table show them;
     * {@code attributes} are the list element's beyond its class (an id, or nothing).
     */
    static String list(List<String> warnings, String attributes) {
        StringBuilder out = new StringBuilder("<ul class=\"warnings\"").append(attributes).append(">\n");
        warnings.forEach(w -> out.append("<li>").append(Html.text(w)).append("</li>\n"));
        return out.append("</ul>\n").toString();
    }

    /**
     * The warnings of submission {@code id}'s fit once its run has finished; empty while it has not, when it
     * has none, or for a sweep (see {@link #ofSweep}).
     */
    public List<String> ofFit(String id) {
        Optional<Path> dir = directories.submission(id);
        if (dir.isEmpty()) {
            return List.of();
        }
        Submission fit = new Submission(id, dir.get());
        List<String> planned = fit.planned();
        return planned.size() == 1 ? ofRun(fit, planned.get(0)) : List.of();
    }

    /** The warnings of each finished run of sweep {@code id} that has any, by run id in plan order. */
    public Map<String, List<String>> ofSweep(String id) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        directories.submission(id).ifPresent(dir -> {
            Submission sweep = new Submission(id, dir);
            for (String runId : sweep.planned()) {
                List<String> warnings = ofRun(sweep, runId);
                if (!warnings.isEmpty()) {
                    out.put(runId, warnings);
                }
            }
        });
        return out;
    }

    private List<String> ofRun(Submission submission, String runId) {
        if (!submission.hasRun(runId)) {
            return List.of();
        }
        Path runDir = submission.run(runId);
        return shown(recorded.of(runDir), runDir);
    }
}
