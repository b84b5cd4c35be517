package org.evofit.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.report.Axes;
import org.evofit.report.RunData;
import org.evofit.report.SldData;
import org.junit.jupiter.api.Test;

/**
 * The browser's SLD plots get a polarised model's magnetic SLD, each sample's with its own profile, and
 * nothing in its place for an unpolarised one, whose plot keeps its two lines.
 */
class PlotJsonSldTest {

    private static final double[] Z = {-10, 0, 10, 20};

    private static RunData run(Map<String, SldData> samples) {
        return new RunData(Path.of("run"), null, null, List.of(), List.of(), new double[0], null,
                new Axes("q", "1/Å", "R", "", true), samples);
    }

    @Test
    void aPolarisedProfileCarriesItsMagneticSld() {
        Map<String, SldData> samples = new LinkedHashMap<>();
        samples.put("film", new SldData(Z, new double[] {0, 4, 8.02, 8.02}, new double[] {0, 0, 0, 0},
                new double[] {0, 1.85, 3.7, 3.7}));
        samples.put("plain", new SldData(Z, new double[] {0, 1, 2.07, 2.07}, new double[] {0, 0, 0, 0}));

        JsonNode slds = PlotJson.run(run(samples)).get("slds");

        assertThat(slds).hasSize(2);
        assertThat(slds.get(0).get("title").asText()).isEqualTo("SLD profile of sample film");
        assertThat(slds.get(0).get("rhoM")).extracting(JsonNode::doubleValue).containsExactly(0.0, 1.85, 3.7, 3.7);
        assertThat(slds.get(1).get("rhoM").isNull()).isTrue();
        assertThat(slds.get(1).get("re")).extracting(JsonNode::doubleValue).containsExactly(0.0, 1.0, 2.07, 2.07);
    }
}
