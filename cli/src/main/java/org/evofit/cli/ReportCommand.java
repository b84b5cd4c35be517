package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evofit.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evofit report}: the PDF report and charts of a run or sweep directory. */
@Command(name = "report", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Write DIR/report.pdf and DIR/charts/*.png|svg for a run directory (evofit fit --out) or a "
                + "sweep directory (evofit loop --out), from its files alone.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Run or sweep directory.")
    Path dir;

    @Option(names = "--preview", paramLabel = "DIR",
            description = "Also write the report's first page and first chart as PNG into this directory.")
    Path preview;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reports.Written written = Reports.write(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("report written to " + written.pdf() + " (" + written.charts().size() + " chart files in "
                + written.pdf().resolveSibling(Reports.CHARTS) + ")");
        if (preview != null) {
            Reports.preview(written, preview).forEach(p -> out.println("preview written to " + p));
        }
        out.flush();
        return 0;
    }
}
