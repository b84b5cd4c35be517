package org.evofit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser, the contrast-variation model (two data sets) fitted from the start form with a file
 * chosen for each data set: only the chosen model's choosers show, the fit finishes, and it read the files
 * chosen (its model.json names them).
 */
class DataSetsInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path downloads;
    @TempDir
    Path files;

    private BrowserSteps steps;

    @BeforeEach
    void start() {
        steps = BrowserSteps.start(new ServerOptions("127.0.0.1", 0, data, null, 1), downloads);
    }

    @AfterEach
    void stop() {
        if (steps != null) {
            steps.close();
        }
    }

    @Test
    void aFileChosenPerDataSetOnTheFormIsWhatTheFitReads() throws Exception {
        Path example = ServiceClient.repoFile("examples/contrast-variation");
        // A second model of the same data sets: its choosers must stay out of the way of the chosen model's.
        Path other = Files.copy(example.resolve("model.yaml"), files.resolve("other.yaml"));
        steps.createProject("contrast");
        steps.upload(example.resolve("model.yaml"), other, example.resolve("d2o.dat"), example.resolve("h2o.dat"),
                example.resolve("sweep/d2o-65A.dat"), example.resolve("sweep/h2o-80A.dat"));

        steps.open("/projects/contrast");
        new Select(steps.driver().findElement(By.id("start-model"))).selectByVisibleText("models/model.yaml");
        assertThat(fieldset("models/other.yaml").isDisplayed()).isFalse();
        assertThat(fieldset("models/model.yaml").getText()).contains("film in D2O (sample d2o)", "film in H2O (sample h2o)");
        chooser("models/model.yaml", "film in D2O").selectByVisibleText("data/d2o-65A.dat");
        chooser("models/model.yaml", "film in H2O").selectByVisibleText("data/h2o-80A.dat");
        steps.driver().findElement(By.id("start-generations")).sendKeys("5");
        steps.driver().findElement(By.id("start-seed")).sendKeys("3");
        steps.driver().findElement(By.id("start-button")).click();
        steps.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));

        assertThat(steps.awaitResults(1)).isEqualTo("succeeded");
        assertThat(steps.driver().findElement(By.id("data-files")).getText())
                .isEqualTo("film in D2O: data/d2o-65A.dat; film in H2O: data/h2o-80A.dat");
        String url = steps.driver().getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1);
        assertThat(filesRead(id)).isEqualTo(Map.of("film in D2O", "d2o-65A.dat", "film in H2O", "h2o-80A.dat"));
    }

    private WebElement fieldset(String model) {
        return steps.driver().findElement(By.cssSelector("fieldset.data-sets[data-model=\"" + model + "\"]"));
    }

    private Select chooser(String model, String dataSet) {
        return new Select(fieldset(model).findElement(By.cssSelector("select[data-data-set=\"" + dataSet + "\"]")));
    }

    /** The fit's data files by data set name, as its model.json names them (file names only). */
    private Map<String, String> filesRead(String id) throws Exception {
        List<Path> models;
        try (Stream<Path> walk = Files.walk(data.resolve("service/runs").resolve(id).resolve("runs"))) {
            models = walk.filter(p -> p.getFileName().toString().equals("model.json")).toList();
        }
        assertThat(models).hasSize(1);
        Map<String, String> read = new LinkedHashMap<>();
        JsonNode sets = JSON.readTree(models.get(0).toFile()).get("dataSets");
        sets.forEach(set -> read.put(set.get("name").asText(), Path.of(set.get("file").asText()).getFileName().toString()));
        return read;
    }
}
