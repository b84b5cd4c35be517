package org.evofit.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnSpecTest {

    @Test
    void shortFactoriesLeaveErrorAndResolutionAbsent() {
        ColumnSpec spec = ColumnSpec.of(0, 1);
        assertThat(spec.error()).isNull();
        assertThat(spec.resolution()).isNull();
        assertThat(spec.hasError()).isFalse();
        assertThat(spec.hasResolution()).isFalse();
        assertThat(ColumnSpec.of(0, 1, 2).hasError()).isTrue();
        assertThat(ColumnSpec.of(0, 1, -1, 3).hasResolution()).isTrue();
    }

    @Test
    void requiredColumnsIsOnePastTheHighestIndexUsed() {
        assertThat(ColumnSpec.of(0, 1).requiredColumns()).isEqualTo(2);
        assertThat(ColumnSpec.of(3, 1, 2).requiredColumns()).isEqualTo(4);
        assertThat(ColumnSpec.of(0, 1, -1, 5).requiredColumns()).isEqualTo(6);
    }

    @Test
    void describeListsOnlyTheColumnsUsed() {
        assertThat(ColumnSpec.of(0, 1).describe()).isEqualTo("x=0, y=1");
        assertThat(ColumnSpec.of(0, 1, 2, 3).describe())
                .isEqualTo("x=0, y=1, error=2, resolution=3");
        assertThat(ColumnSpec.of(0, 2, -1, 1).describe()).isEqualTo("x=0, y=2, resolution=1");
    }

    @Test
    void rolesNameEveryQuantityReadFromAColumn() {
        ColumnSpec spec = ColumnSpec.of(0, 1, 0);
        assertThat(spec.roles(0)).isEqualTo("x, error");
        assertThat(spec.roles(1)).isEqualTo("y");
        assertThat(spec.roles(2)).isEmpty();
    }

    @Test
    void negativeIndicesAreRejected() {
        assertThatThrownBy(() -> ColumnSpec.of(-1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column of x must be 0 or more but is -1");
        assertThatThrownBy(() -> ColumnSpec.of(0, -2))
                .hasMessage("column of y must be 0 or more but is -2");
        assertThatThrownBy(() -> ColumnSpec.of(0, 1, -2))
                .hasMessage("column of error must be 0 or more, or -1 for none, but is -2");
        assertThatThrownBy(() -> ColumnSpec.of(0, 1, 2, -3))
                .hasMessage("column of resolution must be 0 or more, or -1 for none, but is -3");
    }
}
