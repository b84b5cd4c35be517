package org.evofit.wrapper.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fit.FitResult;
import org.evofit.core.fit.Fitter;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.ort.OrtFile;
import org.evofit.wrapper.ort.OrtReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run directory keeps so that a report needs no model file: model.json, sld.csv, units in
 * parameters.csv and fit.csv, and the model in fit.ort's analysis section.
 */
class ReportInputFilesTest {

    @TempDir
    Path dir;

    private Path fitFilmOnSilicon() throws Exception {
        Files.copy(Path.of("src/test/resources/ort/example.ort"), dir.resolve("example.ort"));
        Files.writeString(dir.resolve("model.yaml"), """
                kind: reflectivity
                instrument: {probe: neutron, wavelength: 5, coords: q, I0: {value: 1, min: 0.5, max: 2}, Ibkg: 0,
                             resolution: {type: no conv}}
                layers:
                  amb: {sld: 0}
                  film: {sld: 4, d: {value: 150, min: 50, max: 300}, sigma: 4}
                  Si: {sld: 2.07, isld: 0.5, sigma: 3}
                sample: {ambient: amb, stacks: [{name: s, layers: [film], repetitions: 1}], substrate: Si}
                data: [{file: example.ort}]
                fom: log
                optimizer: {population: 8, generations: 2, seed: 3}
                """);
        ModelDefinition model = ModelFiles.load(dir.resolve("model.yaml"));
        FitResult result = Fitter.fit(model.problem(), model.settings(), GenerationListener.NONE);
        Path run = dir.resolve("run");
        ResultFiles.write(run, model, model.settings(), result, new RunInfo("test", Instant.EPOCH, Instant.EPOCH));
        return run;
    }

    @Test
    void aReflectivityRunKeepsItsModelSummaryUnitsAndSldProfile() throws Exception {
        Path run = fitFilmOnSilicon();
        JsonNode model = new ObjectMapper().readTree(run.resolve(ResultFiles.MODEL_JSON).toFile());
        assertThat(model.path("kind").asText()).isEqualTo("reflectivity");
        assertThat(model.path("x").path("quantity").asText()).isEqualTo("Q");
        assertThat(model.path("x").path("unit").asText()).isEqualTo("1/Å");
        assertThat(model.path("logY").asBoolean()).isTrue();
        assertThat(model.path("instrument").path("probe").asText()).isEqualTo("neutron");
        assertThat(model.path("sample").path("stacks").get(0).path("layers").get(0).asText()).isEqualTo("film");
        assertThat(model.path("dataSets").get(0).path("file").asText()).endsWith("example.ort");
        assertThat(model.path("units").path("film.d").asText()).isEqualTo("Å");
        assertThat(model.path("units").path("film.sld").asText()).isEqualTo("1e-6/Å²");
        assertThat(model.path("units").path("inst.res").asText()).isEqualTo("1/Å");
        assertThat(model.path("units").path("inst.I0").asText()).isEmpty();

        List<String> fit = Files.readAllLines(run.resolve(ResultFiles.FIT_CSV));
        assertThat(fit.get(0)).isEqualTo("dataset,x (1/Å),y,error,model,residual");
        List<String> parameters = Files.readAllLines(run.resolve(ResultFiles.PARAMETERS_CSV));
        assertThat(parameters.get(0)).endsWith(",unit");
        assertThat(parameters).anyMatch(l -> l.startsWith("film.d,") && l.endsWith(",Å"));

        // Far from the interfaces (the erf tails are below 1e-5 there) the profile is each medium's own
        // SLD: ambient 0, film 4, silicon 2.07 + 0.5i.
        List<String> sld = Files.readAllLines(run.resolve(ResultFiles.SLD_CSV));
        assertThat(sld.get(0)).isEqualTo("z (Å),sld (1e-6/Å²),isld (1e-6/Å²)");
        assertThat(sld).hasSize(ResultFiles.PROFILE_POINTS + 1);
        double[] first = row(sld.get(1));
        double[] last = row(sld.get(sld.size() - 1));
        double max = sld.stream().skip(1).mapToDouble(l -> row(l)[1]).max().orElseThrow();
        assertThat(max).isCloseTo(4, within(1e-5));
        double[] ambient = first[1] < last[1] ? first : last;
        double[] substrate = first[1] < last[1] ? last : first;
        assertThat(ambient[1]).isCloseTo(0, within(1e-5));
        assertThat(ambient[2]).isCloseTo(0, within(1e-5));
        assertThat(substrate[1]).isCloseTo(2.07, within(1e-5));
        assertThat(substrate[2]).isCloseTo(0.5, within(1e-5));
    }

    @Test
    void fitOrtCarriesInstrumentSampleAndParameterUnitsInItsAnalysis() throws Exception {
        Path run = fitFilmOnSilicon();
        OrtFile ort = OrtReader.read(run.resolve("fit.ort"));
        JsonNode analysis = ort.dataSets().get(0).header().get("analysis");
        assertThat(analysis.path("instrument").path("probe").asText()).isEqualTo("neutron");
        assertThat(analysis.path("sample").path("substrate").asText()).isEqualTo("Si");
        JsonNode d = null;
        for (JsonNode p : analysis.path("parameters")) {
            if (p.path("name").asText().equals("film.d")) {
                d = p;
            }
        }
        assertThat(d).isNotNull();
        assertThat(d.path("unit").asText()).isEqualTo("Å");
        assertThat(analysis.path("model_column").asText()).isEqualTo("Rfit");
    }

    private static double[] row(String line) {
        String[] f = line.split(",");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
    }
}
