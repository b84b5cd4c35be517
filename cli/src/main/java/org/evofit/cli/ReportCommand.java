package org.evofit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.evofit.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evofit report}: the PDF report and charts of a run, sweep or sample directory. */
@Command(name = "report", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = "Write DIR/report.pdf and DIR/charts/*.png|svg for a run directory (evofit fit --out), a "
                + "sweep directory (evofit loop --out) or a posterior sampled without a fit (evofit sample --out), "
                + "from its files alone.")
final class ReportCommand extends Verb {

    @Parameters(paramLabel = "DIR", description = "Run, sweep or sample directory.")
    Path dir;

    @Option(names = "--preview", paramLabel = "DIR",
            description = "Also write the report's first page and first chart as PNG into this directory.")
    Path preview;

    @Override
    public Integer call() {
        Reports.Written written = Reports.write(dir);
        PrintWriter out = out();
        out.println("report written to " + written.pdf() + " (" + written.charts().size() + " chart files in "
                + written.pdf().resolveSibling(Reports.CHARTS) + ")");
        if (preview != null) {
            Reports.preview(written, preview).forEach(p -> out.println("preview written to " + p));
        }
        out.flush();
        return 0;
    }
}
