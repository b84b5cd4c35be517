package org.evofit.wrapper.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MapNodeTest {

    private static final MapNode G1 = DocumentReader.parse("""
            g1:
              kind: gauss
              center: 50.5
              count: 3
              fit: true
              width: abc
              bounds: [1, 2]
              options: {a: 1}
              empty:
              max: -.inf
            """, "m.yaml").asMap().map("g1");

    @Test
    void typedAccessorsReadPresentValues() {
        assertThat(G1.string("kind")).isEqualTo("gauss");
        assertThat(G1.number("center")).isEqualTo(50.5);
        assertThat(G1.number("count")).isEqualTo(3);
        assertThat(G1.integer("count")).isEqualTo(3);
        assertThat(G1.bool("fit")).isTrue();
        assertThat(G1.number("max")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(G1.list("bounds").size()).isEqualTo(2);
        assertThat(G1.map("options").number("a")).isEqualTo(1);
        assertThat(G1.string("center")).isEqualTo("50.5");
    }

    @Test
    void optionalAccessorsFallBackForMissingAndNullKeys() {
        assertThat(G1.optionalString("label", "none")).isEqualTo("none");
        assertThat(G1.optionalString("kind", "none")).isEqualTo("gauss");
        assertThat(G1.optionalNumber("sigma", 0.1)).isEqualTo(0.1);
        assertThat(G1.optionalNumber("empty", 0.1)).isEqualTo(0.1);
        assertThat(G1.optionalNumber("center", 0.1)).isEqualTo(50.5);
        assertThat(G1.optionalInteger("count", 1)).isEqualTo(3);
        assertThat(G1.optionalInteger("repeat", 1)).isEqualTo(1);
        assertThat(G1.optionalBool("fit", false)).isTrue();
        assertThat(G1.optionalBool("empty", false)).isFalse();
        assertThat(G1.optional("empty")).isEmpty();
        assertThat(G1.optional("missing")).isEmpty();
        assertThat(G1.optional("kind")).isPresent();
        assertThat(G1.optionalMap("options")).isPresent();
        assertThat(G1.optionalMap("missing")).isEmpty();
        assertThat(G1.optionalList("bounds")).isPresent();
        assertThat(G1.optionalList("empty")).isEmpty();
        assertThat(G1.has("empty")).isTrue();
        assertThat(G1.has("missing")).isFalse();
    }

    @Test
    void aWrongScalarIsReportedAtTheValueWithItsKey() {
        assertThatThrownBy(() -> G1.number("width"))
                .isInstanceOf(ModelFileException.class)
                .hasMessage("m.yaml:6:10: expected a number for 'width' but found 'abc'");
        assertThatThrownBy(() -> G1.integer("center"))
                .hasMessage("m.yaml:3:11: expected an integer for 'center' but found '50.5'");
        assertThatThrownBy(() -> G1.bool("kind"))
                .hasMessage("m.yaml:2:9: expected true or false for 'kind' but found 'gauss'");
        assertThatThrownBy(() -> G1.optionalNumber("width", 0))
                .hasMessage("m.yaml:6:10: expected a number for 'width' but found 'abc'");
    }

    @Test
    void aCollectionWhereAValueBelongsIsReportedWithWhatWasExpected() {
        assertThatThrownBy(() -> G1.number("bounds"))
                .hasMessage("m.yaml:7:11: expected a number for 'bounds' but found a list");
        assertThatThrownBy(() -> G1.string("options"))
                .hasMessage("m.yaml:8:12: expected a string for 'options' but found a mapping");
        assertThatThrownBy(() -> G1.map("bounds"))
                .hasMessage("m.yaml:7:11: expected a mapping for 'bounds' but found a list");
        assertThatThrownBy(() -> G1.list("kind"))
                .hasMessage("m.yaml:2:9: expected a list for 'kind' but found 'gauss'");
        assertThatThrownBy(() -> G1.optionalList("options"))
                .hasMessage("m.yaml:8:12: expected a list for 'options' but found a mapping");
    }

    @Test
    void aKeyWithoutValueIsReportedAsNothingByTheRequiredAccessors() {
        assertThatThrownBy(() -> G1.number("empty"))
                .hasMessage("m.yaml:9:9: expected a number for 'empty' but found nothing");
        assertThatThrownBy(() -> G1.string("empty"))
                .hasMessage("m.yaml:9:9: expected a string for 'empty' but found nothing");
    }

    @Test
    void aMissingRequiredKeyIsReportedAtTheMapping() {
        assertThatThrownBy(() -> G1.number("sigma"))
                .hasMessage("m.yaml:2:3: missing required key 'sigma'");
        assertThatThrownBy(() -> G1.required("sigma"))
                .hasMessage("m.yaml:2:3: missing required key 'sigma'");
    }

    @Test
    void unknownKeysAreReportedAtTheKeyWithTheAllowedOnesSorted() {
        MapNode g = DocumentReader.parse("kind: gauss\ncentre: 1\n", "m.yaml").asMap();
        assertThatThrownBy(() -> g.rejectUnknownKeys(Set.of("sigma", "kind", "center")))
                .hasMessage("m.yaml:2:1: unknown key 'centre'; expected one of center, kind, sigma");
        assertThat(g.rejectUnknownKeys(Set.of("kind", "centre"))).isSameAs(g);
    }

    @Test
    void entriesAndKeysKeepFileOrder() {
        assertThat(G1.keys()).containsExactly("kind", "center", "count", "fit", "width", "bounds",
                "options", "empty", "max");
        assertThat(G1.entries()).hasSize(9);
        assertThat(G1.size()).isEqualTo(9);
        assertThat(G1.isEmpty()).isFalse();
    }

    @Test
    void constructingAMappingWithARepeatedKeyFailsAtTheRepeat() {
        Location first = new Location("m.yaml", 1, 1);
        Location second = new Location("m.yaml", 2, 1);
        ScalarNode value = new ScalarNode(new Location("m.yaml", 1, 4), "1", false);
        assertThatThrownBy(() -> new MapNode(first, List.of(new MapEntry("a", first, value),
                new MapEntry("a", second, value))))
                .hasMessage("m.yaml:2:1: duplicate key 'a'; expected each key once"
                        + " (first given at line 1, column 1)");
    }

    @Test
    void errorAtANodeIsLocatedThereAndLeftToTheCallerToThrow() {
        ModelFileException e = G1.required("center").error("expected a center inside the data range");
        assertThat(e).hasMessage("m.yaml:3:11: expected a center inside the data range");
        assertThat(e.detail()).isEqualTo("expected a center inside the data range");
    }

    @Test
    void asMapAsListAndAsScalarReportWhatWasFound() {
        Node list = G1.required("bounds");
        assertThatThrownBy(list::asMap).hasMessage("m.yaml:7:11: expected a mapping but found a list");
        assertThatThrownBy(() -> G1.required("kind").asList())
                .hasMessage("m.yaml:2:9: expected a list but found 'gauss'");
        assertThatThrownBy(list::asScalar)
                .hasMessage("m.yaml:7:11: expected a single value but found a list");
    }
}
