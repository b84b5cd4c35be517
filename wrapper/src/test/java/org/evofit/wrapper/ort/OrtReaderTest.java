package org.evofit.wrapper.ort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evofit.core.data.DataSet;
import org.junit.jupiter.api.Test;

class OrtReaderTest {

    private static final String NAME = "Nr 0 : mu =  0.707 deg";

    @Test
    void readsTheExampleHeaderAndColumns() {
        OrtFile file = OrtReader.read(OrtTestFiles.example());

        assertThat(file.names()).containsExactly(NAME);
        assertThat(file.preamble()).containsExactly(
                "# # ORSO reflectivity data file | 1.2 standard | YAML encoding"
                        + " | https://www.reflectometry.org/",
                "# #  Diffusion in Molecular Ice | 2025-12-03 11:34:55"
                        + " | sample Empty Substrate After Move | R(q_z)");
        OrtDataSet set = file.dataSets().get(0);
        ObjectNode header = set.header();
        assertThat(header.at("/data_source/owner/name").asText()).isEqualTo("Andrew Cassidy");
        assertThat(header.at("/data_source/experiment/proposalID").isTextual()).isTrue();
        assertThat(header.at("/data_source/experiment/proposalID").asText()).isEqualTo("20250412");
        assertThat(header.at("/data_source/measurement/instrument_settings/mu/magnitude")
                .asDouble()).isEqualTo(0.707);
        assertThat(header.at("/reduction/software/version").asText()).isEqualTo("3.0.7");
        assertThat(header.at("/reduction/corrections/1").asText()).isEqualTo("gravity");
        assertThat(header.at("/reduction/call").asText()).startsWith("eos   -Y 2025")
                .endsWith("--chopperPhaseOffset -5   --scale [0.65]");
        assertThat(set.headerBlock()).isEqualTo(header);
        assertThat(set.columns()).containsExactly(
                OrtColumn.quantity("Qz", "1/angstrom", "normal momentum transfer"),
                OrtColumn.quantity("R", "", "specular reflectivity"),
                new OrtColumn(null, null, null, "R", "uncertainty", "sigma", "gaussian"),
                new OrtColumn(null, null, null, "Qz", "resolution", "sigma", "gaussian"));
        assertThat(set.columns().stream().map(OrtColumn::label))
                .containsExactly("Qz", "R", "sR", "sQz");
        assertThat(set.qzUnit()).isEqualTo(QzUnit.INVERSE_ANGSTROM);
    }

    @Test
    void readsTheExampleRowsAsWritten() {
        OrtDataSet set = OrtReader.read(OrtTestFiles.example()).dataSets().get(0);
        DataSet data = set.data();

        // 111 rows, lines 64 to 174.
        assertThat(set.rows()).isEqualTo(111);
        assertThat(data.name()).isEqualTo(NAME);
        // Line 64: 5.4000000000000003e-03 nan nan nan
        assertThat(data.x()[0]).isEqualTo(5.4000000000000003e-03);
        assertThat(data.y()[0]).isNaN();
        assertThat(data.error()[0]).isNaN();
        // Line 66: the first measured point.
        assertThat(data.x()[2]).isEqualTo(6.2000000000000006e-03);
        assertThat(data.y()[2]).isEqualTo(7.4990203380666411e+00);
        assertThat(data.error()[2]).isEqualTo(9.7161177483058969e-01);
        assertThat(data.xResolution()[2]).isEqualTo(2.3368322170032359e-04);
        // Line 100.
        assertThat(data.x()[36]).isEqualTo(2.6145702481895870e-02);
        assertThat(data.y()[36]).isEqualTo(6.0541133210810921e-02);
        assertThat(data.error()[36]).isEqualTo(1.6564460105551876e-03);
        assertThat(data.xResolution()[36]).isEqualTo(6.5159868801795584e-04);
        // Line 174, the last.
        assertThat(data.x()[110]).isEqualTo(4.7628556904544173e-01);
        assertThat(data.y()[110]).isNaN();
        // The table keeps the file's values; here the units need no conversion.
        assertThat(set.column(3)[36]).isEqualTo(6.5159868801795584e-04);
        assertThat(data.xmin()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void readsSeveralDataSetsEachOverTheFirstHeader() {
        OrtFile file = OrtReader.read(OrtTestFiles.threeSets());

        assertThat(file.names()).containsExactly("spin up", "spin down", "7");
        OrtDataSet up = file.dataSets().get(0);
        OrtDataSet down = file.dataSets().get(1);
        OrtDataSet warm = file.dataSets().get(2);
        String polarization = "/data_source/measurement/instrument_settings/polarization";
        String temperature = "/data_source/sample/sample_parameters/temperature/magnitude";
        assertThat(up.header().at(polarization).asText()).isEqualTo("po");
        assertThat(down.header().at(polarization).asText()).isEqualTo("mo");
        // Data set 7 starts from the first header, not from what 'spin down' changed.
        assertThat(warm.header().at(polarization).asText()).isEqualTo("po");
        assertThat(warm.header().at(temperature).asInt()).isEqualTo(350);
        assertThat(down.header().at(temperature).asInt()).isEqualTo(300);
        // Merging keeps the untouched neighbours of a changed value.
        assertThat(down.header().at("/data_source/measurement/instrument_settings/wavelength/max")
                .asDouble()).isEqualTo(12.0);
        assertThat(down.header().at("/data_source/sample/name").asText()).isEqualTo("ni-17");
        assertThat(down.header().get("data_set").asText()).isEqualTo("spin down");
        assertThat(warm.header().get("data_set").asInt()).isEqualTo(7);
        // The block keeps only what the file wrote above the rows.
        assertThat(down.headerBlock().fieldNames()).toIterable()
                .containsExactly("data_set", "data_source");
        assertThat(down.columns()).isEqualTo(up.columns());
        assertThat(up.rows()).isEqualTo(3);
        assertThat(down.rows()).isEqualTo(2);
        assertThat(warm.rows()).isEqualTo(1);
    }

    @Test
    void convertsInverseNanometresAndGaussianFwhm() {
        OrtFile file = OrtReader.read(OrtTestFiles.threeSets());
        OrtDataSet up = file.dataSets().get(0);
        DataSet data = up.data();

        assertThat(up.qzUnit()).isEqualTo(QzUnit.INVERSE_NANOMETRE);
        assertThat(up.columns().get(3).isFwhm()).isTrue();
        // 0.1 1/nm = 0.01 1/angstrom, divided rather than multiplied by 0.1.
        assertThat(data.x()).containsExactly(0.1 / 10, 0.2 / 10, 0.3 / 10);
        assertThat(data.x()[0]).isEqualTo(0.01);
        assertThat(data.y()).containsExactly(0.95, 0.0125, 0.0008);
        assertThat(data.error()).containsExactly(0.01, 5.0e-4, 4.0e-5);
        // FWHM 2.3548200450309493e-3 1/nm is sigma 1e-3 1/nm = 1e-4 1/angstrom.
        assertThat(data.xResolution()[0]).isCloseTo(1e-4, within(1e-19));
        assertThat(data.xResolution()[1]).isCloseTo(2e-4, within(1e-19));
        assertThat(data.xResolution()[2]).isCloseTo(3e-4, within(1e-19));
        // The table stays in the file's units.
        assertThat(up.column(0)).containsExactly(0.1, 0.2, 0.3);
        assertThat(up.column(3)[0]).isEqualTo(2.3548200450309493e-03);
        assertThat(file.dataSets().get(2).data().x()).containsExactly(0.15 / 10);
        assertThat(file.dataSets().get(2).data().xResolution()[0]).isCloseTo(1.5e-4, within(1e-19));
    }

    @Test
    void convertsFwhmOfOtherDistributionsToTheirStandardDeviation() {
        String row = "0.1 1 0.1 0.012";
        OrtDataSet rectangular = OrtText.one(
                "{error_of: Qz, value_is: FWHM, distribution: rectangular}", row);
        OrtDataSet triangular = OrtText.one(
                "{error_of: Qz, value_is: FWHM, distribution: triangular}", row);
        OrtDataSet sigma = OrtText.one("{error_of: Qz, distribution: rectangular}", row);

        // A box of full width w has sigma w/sqrt(12); a triangle of half-base a has FWHM a and
        // sigma a/sqrt(6).
        assertThat(rectangular.data().xResolution()[0])
                .isCloseTo(0.012 / Math.sqrt(12), within(1e-18));
        assertThat(triangular.data().xResolution()[0])
                .isCloseTo(0.012 / Math.sqrt(6), within(1e-18));
        assertThat(sigma.data().xResolution()[0]).isEqualTo(0.012);
    }

    @Test
    void acceptsTheUnitSpellingsTheFormatAllows() {
        assertThat(QzUnit.parse("1/angstrom")).contains(QzUnit.INVERSE_ANGSTROM);
        assertThat(QzUnit.parse("angstrom**-1")).contains(QzUnit.INVERSE_ANGSTROM);
        assertThat(QzUnit.parse("1/nm")).contains(QzUnit.INVERSE_NANOMETRE);
        assertThat(QzUnit.parse("nm**-1")).contains(QzUnit.INVERSE_NANOMETRE);
        assertThat(QzUnit.parse("1/A")).isEmpty();
        assertThat(QzUnit.parse("1/\u00c5")).isEmpty();
        assertThat(OrtText.one("{error_of: Qz}", "nm**-1", "0.5 1 0.1 0.02").data().x())
                .containsExactly(0.05);
    }

    @Test
    void treatsAllNaNErrorColumnsAsAbsentAndShortFilesAsHavingNone() {
        OrtDataSet unknown = OrtText.one("{error_of: Qz}", "0.01 1 nan NaN\n0.02 0.5 nan nan");
        OrtDataSet two = OrtText.parse(OrtText.HEAD_TWO + "0.01 1\n0.02 0.5\n").dataSets().get(0);

        assertThat(unknown.data().error()).isNull();
        assertThat(unknown.data().xResolution()).isNull();
        assertThat(unknown.column(2)).containsExactly(Double.NaN, Double.NaN);
        assertThat(two.columns()).hasSize(2);
        assertThat(two.data().error()).isNull();
        assertThat(two.data().x()).containsExactly(0.01, 0.02);
    }

    @Test
    void readsNumbersAsNumpyAndJavaWriteThem() {
        OrtDataSet set = OrtText.one("{error_of: Qz}",
                "1e-2 -Infinity nan 0.1 # a trailing comment\n"
                        + "\n"
                        + "# # a comment among the rows\n"
                        + "   # an indented one\n"
                        + "2.0E-2\tINF +.5 1.0E-4\n");

        assertThat(set.rows()).isEqualTo(2);
        assertThat(set.column(0)).containsExactly(0.01, 0.02);
        // R may be anything (the fit counts the points it cannot use); a width is NaN or 0 or more.
        assertThat(set.column(1)).containsExactly(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertThat(set.column(2)).containsExactly(Double.NaN, 0.5);
    }

    @Test
    void findsDataSetsByNameThenByIndex() {
        OrtFile file = OrtReader.read(OrtTestFiles.threeSets());

        assertThat(file.find("spin down").orElseThrow().rows()).isEqualTo(2);
        assertThat(file.find("1").orElseThrow().name()).isEqualTo("spin down");
        assertThat(file.find("7").orElseThrow().name()).isEqualTo("7");
        assertThat(file.find("2").orElseThrow().name()).isEqualTo("7");
        assertThat(file.find("3")).isEmpty();
        assertThat(file.find("spin left")).isEmpty();
    }

    @Test
    void namesUnnamedDataSetsByIndex() {
        OrtFile file = OrtText.parse(OrtText.HEAD_TWO + "0.01 1\n# data_set:\n0.02 2\n");

        assertThat(file.names()).containsExactly("0", "1");
    }
}
