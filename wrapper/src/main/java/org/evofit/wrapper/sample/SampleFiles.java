package org.evofit.wrapper.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.ParameterPosterior;
import org.evofit.core.mcmc.Posterior;
import org.evofit.wrapper.io.AtomicFiles;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.results.ResultCsv;

/**
 * The files of a sampling run, written all or nothing:
 * <ul>
 *   <li>{@value ChainFile#NAME}: every row of the chain, binary ({@link ChainFile});</li>
 *   <li>{@value #CHAIN_CSV}: {@code step,walker,logPosterior,<parameters>} for the steps after the
 *       burn-in, thinned;</li>
 *   <li>{@value #POSTERIOR_CSV}: the posterior table,
 *       {@code name,median,low68,high68,low95,high95,map,tau,ess,rHat};</li>
 *   <li>{@value #CORRELATION_CSV}: the correlation matrix, a {@code name} column then one per parameter;</li>
 *   <li>{@value #POSTERIOR_JSON}: all of it with the settings and warnings ({@link PosteriorJson}).</li>
 * </ul>
 * A fit sampled after it ({@code fit --mcmc}) also gets the posterior as a section of its result.json.
 */
public final class SampleFiles {

    /** The thinned chain. */
    public static final String CHAIN_CSV = "chain.csv";
    /** The posterior table. */
    public static final String POSTERIOR_CSV = "posterior.csv";
    /** The correlation matrix. */
    public static final String CORRELATION_CSV = "correlation.csv";
    /** The posterior with its settings and diagnostics. */
    public static final String POSTERIOR_JSON = "posterior.json";
    /** A fit's result file, which gains the posterior section. */
    static final String RESULT_JSON = "result.json";

    private SampleFiles() {
    }

    /** Writes the run's files into {@code dir}; a result.json already there gains the posterior section. */
    static void write(Path dir, SampleRun run) {
        PosteriorJson json = PosteriorJson.of(run.posterior(), run.settings(), run.errorModel());
        AtomicFiles files = new AtomicFiles()
                .bytes(dir.resolve(ChainFile.NAME), new ChainFile(run.settings().seed(), run.names(), run.chain()).bytes())
                .text(dir.resolve(CHAIN_CSV), chainCsv(run))
                .text(dir.resolve(POSTERIOR_CSV), posteriorCsv(run.posterior()))
                .text(dir.resolve(CORRELATION_CSV), correlationCsv(run.names(), run.posterior().correlation()))
                .text(dir.resolve(POSTERIOR_JSON), json.format());
        Path result = dir.resolve(RESULT_JSON);
        if (Files.isRegularFile(result)) {
            files.text(result, json.into(result));
        }
        files.commit();
    }

    static String chainCsv(SampleRun run) {
        Chain chain = run.chain();
        List<String> header = new ArrayList<>(List.of("step", "walker", "logPosterior"));
        header.addAll(run.names());
        List<List<String>> rows = new ArrayList<>();
        for (int r = run.settings().burnIn() + 1; r < chain.rows(); r += run.settings().thin()) {
            for (int w = 0; w < chain.walkers(); w++) {
                List<String> row = new ArrayList<>(3 + chain.dimension());
                row.add(Integer.toString(r));
                row.add(Integer.toString(w));
                row.add(ResultCsv.number(chain.logPosterior(r, w)));
                for (int d = 0; d < chain.dimension(); d++) {
                    row.add(ResultCsv.number(chain.value(r, w, d)));
                }
                rows.add(row);
            }
        }
        return ResultCsv.format(header, rows);
    }

    static String posteriorCsv(Posterior posterior) {
        List<List<String>> rows = new ArrayList<>();
        for (ParameterPosterior p : posterior.parameters()) {
            rows.add(List.of(ResultCsv.text(p.name()), ResultCsv.number(p.median()), ResultCsv.number(p.low68()),
                    ResultCsv.number(p.high68()), ResultCsv.number(p.low95()), ResultCsv.number(p.high95()),
                    ResultCsv.number(p.map()), ResultCsv.number(p.tau()), ResultCsv.number(p.ess()),
                    ResultCsv.number(p.rHat())));
        }
        return ResultCsv.format(List.of("name", "median", "low68", "high68", "low95", "high95", "map", "tau", "ess",
                "rHat"), rows);
    }

    static String correlationCsv(List<String> names, double[][] correlation) {
        List<String> header = new ArrayList<>(List.of("name"));
        header.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> row = new ArrayList<>(List.of(ResultCsv.text(names.get(i))));
            for (double v : correlation[i]) {
                row.add(ResultCsv.number(v));
            }
            rows.add(row);
        }
        return ResultCsv.format(header, rows);
    }
}
