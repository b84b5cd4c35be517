package org.evofit.wrapper.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScalarNodeTest {

    private static final Location AT = new Location("m.yaml", 4, 7);

    @Test
    void numbersAcceptIntegersFloatsAndInfinity() {
        assertThat(plain("12").asDouble()).isEqualTo(12);
        assertThat(plain("-2.5e-3").asDouble()).isEqualTo(-2.5e-3);
        assertThat(plain("+.5").asDouble()).isEqualTo(0.5);
        assertThat(plain("3.").asDouble()).isEqualTo(3);
        assertThat(plain(".inf").asDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(plain("-.inf").asDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(plain(".Inf").asDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(plain("inf").asDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(plain("-Infinity").asDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(new ScalarNode(AT, "-inf", true).asDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void numbersRejectWordsNanAndJavaOnlyForms() {
        assertThatThrownBy(() -> plain("abc").asDouble())
                .isInstanceOf(ModelFileException.class)
                .hasMessage("m.yaml:4:7: expected a number but found 'abc'");
        assertThatThrownBy(() -> plain(".nan").asDouble())
                .hasMessage("m.yaml:4:7: expected a number but found '.nan'");
        assertThatThrownBy(() -> plain("1d").asDouble()).hasMessageEndingWith("found '1d'");
        assertThatThrownBy(() -> plain("").asDouble())
                .hasMessage("m.yaml:4:7: expected a number but found nothing");
        assertThatThrownBy(() -> plain("~").asDouble())
                .hasMessage("m.yaml:4:7: expected a number but found null");
    }

    @Test
    void integersAcceptWholeNumbersWithinIntRange() {
        assertThat(plain("-42").asInt()).isEqualTo(-42);
        assertThat(plain("+7").asInt()).isEqualTo(7);
        assertThatThrownBy(() -> plain("2.5").asInt())
                .hasMessage("m.yaml:4:7: expected an integer but found '2.5'");
        assertThatThrownBy(() -> plain("99999999999").asInt())
                .hasMessage("m.yaml:4:7: expected an integer between -2147483648 and 2147483647"
                        + " but found '99999999999'");
    }

    @Test
    void booleansAcceptTrueAndFalseOnly() {
        assertThat(plain("true").asBoolean()).isTrue();
        assertThat(plain("FALSE").asBoolean()).isFalse();
        assertThat(plain("True").asBoolean()).isTrue();
        assertThatThrownBy(() -> plain("yes").asBoolean())
                .hasMessage("m.yaml:4:7: expected true or false but found 'yes'");
    }

    @Test
    void stringsAcceptAnyValueButNull() {
        assertThat(plain("12").asString()).isEqualTo("12");
        assertThat(new ScalarNode(AT, "", true).asString()).isEmpty();
        assertThat(new ScalarNode(AT, "null", true).asString()).isEqualTo("null");
        assertThatThrownBy(() -> plain("null").asString())
                .hasMessage("m.yaml:4:7: expected a string but found null");
    }

    @Test
    void nullIsOnlyUnquoted() {
        assertThat(plain("").isNull()).isTrue();
        assertThat(plain("~").isNull()).isTrue();
        assertThat(plain("NULL").isNull()).isTrue();
        assertThat(plain("nil").isNull()).isFalse();
        assertThat(new ScalarNode(AT, "~", true).isNull()).isFalse();
    }

    @Test
    void longTextIsShortenedInMessages() {
        String text = "x".repeat(60);
        assertThatThrownBy(() -> plain(text).asDouble())
                .hasMessage("m.yaml:4:7: expected a number but found '" + "x".repeat(40) + "...'");
    }

    private static ScalarNode plain(String text) {
        return new ScalarNode(AT, text, false);
    }
}
