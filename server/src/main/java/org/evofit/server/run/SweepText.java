package org.evofit.server.run;

import java.util.List;
import java.util.Map;
import org.evofit.wrapper.modelfile.YamlScalars;

/**
 * The sweep file of a submission, in {@code evofit loop}'s vocabulary, as it is kept in the project's
 * {@code sweeps/ID.yaml}: its paths are relative to {@code sweeps/} ({@code ../models/...},
 * {@code ../data/...}), so the same text runs from the project and from the submission's input copy.
 */
final class SweepText {

    private SweepText() {
    }

    static String of(Submission s) {
        StringBuilder y = new StringBuilder("# evofit serve: ").append(s.kind()).append(' ').append(s.id())
                .append(" of project ").append(s.project()).append(" (request ").append(s.requestId()).append(")\n")
                .append(s.fom() == null ? "" : "# figure of merit: " + s.fom() + " (the run's copy of the model has it)\n")
                .append("models: ").append(path(s.model())).append('\n');
        if (!s.dataSets().isEmpty()) {
            // As evofit loop's data: by data set name, run k reading file k of every list.
            y.append("data:\n");
            s.dataSets().forEach((name, files) -> y.append("  ").append(YamlScalars.quoted(name)).append(": [")
                    .append(String.join(", ", files.stream().map(SweepText::path).toList())).append("]\n"));
        } else if (s.sequence() == null) {
            y.append("data: [").append(String.join(", ", s.data().stream().map(SweepText::path).toList())).append("]\n");
        } else {
            sequence(y, s.sequence(), s.data());
        }
        if (!s.settings().isEmpty()) {
            y.append("fit:\n");
            for (Map.Entry<String, String> e : s.settings().entrySet()) {
                y.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
        if (s.sample() != null) {
            SampleRequest m = s.sample();
            y.append("sample: {walkers: ").append(m.walkers()).append(", steps: ").append(m.steps()).append(", burn: ")
                    .append(m.burn()).append(", thin: ").append(m.thin()).append("}\n");
        }
        return y.toString();
    }

    private static void sequence(StringBuilder y, SequenceRule rule, List<String> data) {
        y.append("sequence:\n  keepFromLast: ").append(rule.keepFromLast()).append("\n  files:\n");
        for (int i = 0; i < data.size(); i++) {
            if ("list".equals(rule.from())) {
                y.append("    - {file: ").append(path(data.get(i))).append(", value: ")
                        .append(YamlScalars.number(rule.values().get(i))).append("}\n");
            } else {
                y.append("    - ").append(path(data.get(i))).append('\n');
            }
        }
        if (!"list".equals(rule.from())) {
            y.append("  valueFrom: {").append(rule.from()).append(": ").append(YamlScalars.quoted(rule.pattern()))
                    .append("}\n");
        }
    }

    private static String path(String projectPath) {
        return YamlScalars.quoted("../" + projectPath);
    }
}
