package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evofit.wrapper.results.ModelJson;
import org.junit.jupiter.api.Test;

/** The kind cell of a run report's component table, from model.json's component entries. */
class ComponentKindCellTest {

    private static String cell(String json) throws Exception {
        return RunReport.componentKind(new ObjectMapper().readValue(json, ModelJson.Component.class));
    }

    @Test
    void showsTheDeclaredKindWithDegreeOrExpressionAndADashWhenUnknown() throws Exception {
        assertThat(cell("{\"name\": \"lorentz\", \"kind\": \"voigt\"}")).isEqualTo("voigt");
        assertThat(cell("{\"name\": \"bg\", \"kind\": \"polynomial\", \"degree\": 2}"))
                .isEqualTo("polynomial of degree 2");
        assertThat(cell("{\"name\": \"tail\", \"kind\": \"expression\", \"expression\": \"a*exp(-x/t)\"}"))
                .isEqualTo("expression a*exp(-x/t)");
        // A model script's components: model.json does not know their kind.
        assertThat(cell("{\"name\": \"g\", \"parameters\": [\"sigma\"]}")).isEqualTo("—");
    }
}
