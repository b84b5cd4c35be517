package org.evofit.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.evofit.core.expr.ExpressionException;
import org.junit.jupiter.api.Test;

/** Column text read through expressions of columns, comment patterns and row ranges. */
class ColumnExpressionsTest {

    /** A generated table: x, counts n, monitor m, time t; y and its error follow from them analytically. */
    private static String table(int rows) {
        StringBuilder text = new StringBuilder("# x counts monitor time\n");
        for (int i = 0; i < rows; i++) {
            text.append(0.01 * (i + 1)).append(' ').append(1000 - 37 * i).append(' ').append(5000 + 11 * i)
                    .append(' ').append(2 + i).append('\n');
        }
        return text.toString();
    }

    @Test
    void countsOverMonitorCarryBothPoissonErrors() {
        ColumnSpec spec = ColumnSpec.terms("2*c0", "c1 / c2", null, null);
        DataSet d = ColumnTextLoader.parse(table(5), "scan.dat", "d", spec);
        for (int i = 0; i < 5; i++) {
            double n = 1000 - 37 * i;
            double m = 5000 + 11 * i;
            assertThat(d.x()[i]).isCloseTo(2 * 0.01 * (i + 1), within(1e-15));
            assertThat(d.y()[i]).isEqualTo(n / m);
            assertThat(d.error()[i]).isCloseTo(Math.sqrt(n / (m * m) + n * n / (m * m * m)), within(1e-15));
        }
        assertThat(spec.propagationNote()).hasValue("error of y = c1 / c2 propagated from Poisson counts c1 and "
                + "monitor c2: sigma = |y| sqrt(1/c1 + 1/c2)");
    }

    @Test
    void countsOverMonitorAndTimeTakeTheTimeAsExact() {
        ColumnSpec spec = ColumnSpec.terms("0", "1e3 * c1 / (c2 * c3)", null, null);
        DataSet d = ColumnTextLoader.parse(table(4), "scan.dat", "d", spec);
        for (int i = 0; i < 4; i++) {
            double n = 1000 - 37 * i;
            double norm = (5000 + 11 * i) * (2 + i) / 1e3;
            assertThat(d.error()[i]).isCloseTo(Math.sqrt(n) / norm, within(1e-15 * n / norm));
        }
        assertThat(spec.propagationNote().orElseThrow()).contains("counts c1, other columns taken as exact");
    }

    @Test
    void anExplicitErrorExpressionIsUsedAsWritten() {
        ColumnSpec spec = ColumnSpec.terms("0", "c1 / c3", "sqrt(c1) / c3", null);
        DataSet d = ColumnTextLoader.parse(table(3), "scan.dat", "d", spec);
        assertThat(d.error()).containsExactly(Math.sqrt(1000) / 2, Math.sqrt(963) / 3, Math.sqrt(926) / 4);
        assertThat(spec.propagationNote()).isEmpty();
    }

    @Test
    void aSpecStyleScanIsReadAfterItsHeaderWithinARangeOfRows() {
        String spec = """
                #F /data/run7.spec
                #S 12  ascan  th 0.1 2.0 40 1
                #D Sat Dec 05 01:02:03 2026
                #L Two Theta  Monitor  Seconds  Detector
                Direct beam attenuated x1000
                0.20  100000  1  52000
                0.25  100000  1  31000
                0.30  100000  1  9100
                0.35  100000  1  2400
                #C scan aborted
                """;
        ColumnSpec columns = ColumnSpec.terms("c0 / 2", "c3 / c1", null, null).withComment("^Direct").withRows(1, 2);
        DataSet d = ColumnTextLoader.parse(spec, "run7.spec", "d", columns);
        assertThat(d.x()).containsExactly(0.125, 0.15);
        assertThat(d.y()).containsExactly(0.31, 0.091);
        assertThat(d.error()[0]).isCloseTo(0.31 * Math.sqrt(1 / 31000.0 + 1 / 100000.0), within(1e-16));
        assertThat(d.error()[1]).isCloseTo(0.091 * Math.sqrt(1 / 9100.0 + 1 / 100000.0), within(1e-16));
    }

    @Test
    void withoutTheCommentPatternTheHeaderLineIsAMistakeAtItsPlace() {
        assertThatThrownBy(() -> ColumnTextLoader.parse("Direct beam\n1 2\n", "d17.out", "d", ColumnSpec.of(0, 1)))
                .hasMessage("d17.out:1:1: expected a number in column 1 (x) but found 'Direct'");
        DataSet d = ColumnTextLoader.parse("Direct beam\n1 2\n", "d17.out", "d", ColumnSpec.of(0, 1)
                .withComment("^Direct"));
        assertThat(d.y()).containsExactly(2);
    }

    @Test
    void aZeroInTheMonitorIsReportedAtItsRowWithTheColumnsRead() {
        assertThatThrownBy(() -> ColumnTextLoader.parse("0.1 5 0\n", "scan.dat", "d",
                ColumnSpec.terms("0", "c1 / c2", "1", null)))
                .hasMessage("scan.dat:1:5: expected a finite number for y = c1 / c2 but it is Infinity "
                        + "(c1 = 5.0, c2 = 0.0)");
    }

    @Test
    void zeroCountsHaveNoPoissonErrorAndSaySo() {
        assertThatThrownBy(() -> ColumnTextLoader.parse("0.1 0 100\n", "scan.dat", "d",
                ColumnSpec.terms("0", "c1 / c2", null, null)))
                .hasMessageStartingWith("scan.dat:1:1: the error of y propagated from Poisson counts is NaN")
                .hasMessageContaining("give error:");
    }

    @Test
    void anExpressionNeedsEveryColumnItReads() {
        assertThatThrownBy(() -> ColumnTextLoader.parse("1 2 3\n", "scan.dat", "d",
                ColumnSpec.terms("0", "c1 / c7", "1", null)))
                .hasMessage("scan.dat:1: expected at least 8 columns (x=0, y=c1 / c7, error=1) but found 3");
    }

    @Test
    void namesOtherThanColumnsAreRefusedAtTheirPosition() {
        assertThatThrownBy(() -> ColumnSpec.terms("0", "c1 / mon", null, null))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("unknown name 'mon'; expected a column written c0, c1, ... (c0 is the first column)")
                .satisfies(e -> assertThat(((ExpressionException) e).position()).isEqualTo(5));
    }

    @Test
    void aYWhoseErrorCannotBePropagatedNeedsAnError() {
        assertThatThrownBy(() -> ColumnSpec.terms("0", "c1 - c2", null, null))
                .hasMessageContaining("cannot propagate an error to y = c1 - c2")
                .hasMessageEndingWith("give error:");
        assertThat(ColumnSpec.terms("0", "c1 - c2", "c3", null).hasError()).isTrue();
    }

    @Test
    void rowsOutsideTheFileLeaveNoDataAndSaySo() {
        assertThatThrownBy(() -> ColumnTextLoader.parse(table(3), "scan.dat", "d",
                ColumnSpec.of(0, 1).withRows(5, 9)))
                .hasMessage("scan.dat: no data rows within rows 5 to 9 (the file has 3)");
        assertThatThrownBy(() -> ColumnSpec.of(0, 1).withRows(4, 2))
                .hasMessage("expected rows from 0 or more to at least the first row but found from 4 to 2");
    }
}
