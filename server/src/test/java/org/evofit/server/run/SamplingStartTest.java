package org.evofit.server.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.server.ServiceClient.repoFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.ParameterEstimate;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.server.EvofitServer;
import org.evofit.server.ServerOptions;
import org.evofit.server.ServiceClient;
import org.evofit.server.app.Service;
import org.evofit.wrapper.results.PosteriorJson;
import org.evofit.wrapper.run.FitPipeline;
import org.evofit.wrapper.run.FitRun;
import org.evofit.wrapper.sample.Sampling;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start asks for posterior sampling after the fit ({@code mcmc} with walkers, steps, burn, thin): the
 * run samples with its seed and ends with the chain the fit pipeline and the sampler give on their own,
 * its page shows the posterior table and corner plot; settings the sampler refuses, or given without
 * {@code mcmc}, are refused with 400 saying why, and nothing is queued.
 */
class SamplingStartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path reference;

    private EvofitServer server;
    private ServiceClient client;

    @BeforeEach
    void start() throws Exception {
        server = Service.start(new ServerOptions("127.0.0.1", 0, data, null, 1));
        client = new ServiceClient(server.url());
        client.postJson("/api/projects", "{\"name\":\"peaks\"}");
        HttpResponse<String> up = client.upload("/api/projects/peaks/files", repoFile("examples/peaks/model.yaml"),
                repoFile("examples/peaks/peakfit_gauss.dat"));
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSampledFitEndsWithTheSamplersChainAndItsPageShowsThePosterior() throws Exception {
        HttpResponse<String> r = client.postJson("/api/projects/peaks/runs", "{\"model\":\"models/model.yaml\","
                + "\"data\":\"data/peakfit_gauss.dat\",\"generations\":60,\"seed\":7,\"mcmc\":true,\"walkers\":32,"
                + "\"steps\":300,\"burn\":100}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode submission = JSON.readTree(r.body());
        String id = submission.get("id").asText();
        assertThat(submission.get("sample").toString()).isEqualTo("{\"walkers\":32,\"steps\":300,\"burn\":100,\"thin\":1}");
        String[] done = client.follow("/api/runs/" + id + "/events", e -> e[0].equals("done"));
        assertThat(JSON.readTree(done[1]).get("status").asText()).as(client.get("/api/runs/" + id).body())
                .isEqualTo("succeeded");
        assertThat(Files.readString(data.resolve("projects/peaks/sweeps").resolve(id + ".yaml")))
                .contains("sample: {walkers: 32, steps: 300, burn: 100, thin: 1}");

        Path run;
        try (var runs = Files.list(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            run = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path ref = referenceSample(new SamplerSettings(32, 300, 100, 1, 7));
        assertThat(Files.readAllBytes(run.resolve("chain.bin"))).isEqualTo(Files.readAllBytes(ref.resolve("chain.bin")));
        PosteriorJson posterior = PosteriorJson.section(run.resolve("result.json"));
        assertThat(posterior.walkers()).isEqualTo(32);
        assertThat(posterior.steps()).isEqualTo(300);

        String page = client.get("/runs/" + id).body();
        assertThat(page).contains("id=\"sampling\">Posterior sampling after the fit: 32 walkers x 300 steps, burn-in 100")
                .contains("<h2>Posterior</h2>").contains("<table class=\"posterior\">");
        posterior.parameters().forEach(p -> assertThat(page).contains("<tr><td>" + p.name() + "</td>"));
        Matcher corner = Pattern.compile("id=\"corner-plot\" src=\"([^\"]+)\"").matcher(page);
        assertThat(corner.find()).as("the corner plot is on the page").isTrue();
        HttpResponse<String> png = client.get(corner.group(1));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
    }

    @Test
    void samplingSettingsTheSamplerRefusesOrWithoutMcmcAreRefusedSayingWhyAndNothingIsQueued() throws Exception {
        String start = "model=models/model.yaml&data=data/peakfit_gauss.dat&generations=5";
        assertRefused(start + "&mcmc=maybe", "mcmc: expected true or false");
        assertRefused(start + "&mcmc=true&walkers=7", "walkers must be an even number of at least 8, got 7");
        assertRefused(start + "&mcmc=on&steps=200&burn=200", "burn must be");
        assertRefused(start + "&mcmc=true&steps=lots", "steps: 'lots' is not a whole number");
        assertRefused(start + "&mcmc=true&walkers=1000&steps=100000", "more than the 50000000 values kept in memory");
        assertRefused(start + "&steps=500", "steps: sampling settings without mcmc=true");
        assertRefused(start + "&mcmc=false&walkers=16&thin=2", "walkers, thin: sampling settings without mcmc=true");
        HttpResponse<String> json = client.postJson("/api/projects/peaks/runs", "{\"model\":\"models/model.yaml\","
                + "\"data\":\"data/peakfit_gauss.dat\",\"mcmc\":true,\"thin\":0}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(json.body()).get("message").asText()).contains("thin must be at least 1, got 0");
        assertThat(JSON.readTree(client.get("/api/projects/peaks/runs").body())).isEmpty();
    }

    private void assertRefused(String form, String why) throws Exception {
        HttpResponse<String> r = client.postForm("/api/projects/peaks/runs", form, null);
        assertThat(r.statusCode()).as(form + ": " + r.body()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("message").asText()).as(form).contains(why);
    }

    /** The peaks example fitted with seed 7 for 60 generations, then sampled around the optimum, on its own. */
    private Path referenceSample(SamplerSettings settings) {
        Path dir = reference.resolve("sampled");
        FitRun fit = FitPipeline.lone().execute(repoFile("examples/peaks/model.yaml"), null, m -> {
            FitSettings s = m.settings();
            return m.withSettings(s.withDe(s.de().withSeed(7).withGenerations(60)).withThreads(1));
        }, dir);
        double[] optimum = fit.result().parameters().stream().filter(ParameterEstimate::fit)
                .mapToDouble(ParameterEstimate::value).toArray();
        Sampling.of(settings).run(fit.model(), optimum, dir);
        return dir;
    }
}
