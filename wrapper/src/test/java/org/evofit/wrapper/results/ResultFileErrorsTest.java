package org.evofit.wrapper.results;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result file that does not match its record is an error naming file, line and what was expected. */
class ResultFileErrorsTest {

    @TempDir
    Path tmp;

    private Path write(String text) throws Exception {
        Path file = tmp.resolve("parameters.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aMissingColumnNamesFileHeaderLineAndTheColumn() throws Exception {
        Path file = write("name,value,fit,min,max,error,errorLow,unit\nx,1.0,true,0.0,2.0,NaN,NaN,\n");
        assertThatThrownBy(() -> ParameterRow.read(file)).isInstanceOf(ResultFileException.class)
                .hasMessageStartingWith(file + ":1: no column 'errorHigh'");
    }

    @Test
    void aMisnamedColumnNamesTheColumnExpected() throws Exception {
        Path file = tmp.resolve("history.csv");
        Files.writeString(file, "generation,best_fom\n0,1.5\n");
        assertThatThrownBy(() -> HistoryRow.read(file)).hasMessageStartingWith(file + ":1: no column 'bestFom'")
                .hasMessageContaining("the header has generation,best_fom");
    }

    @Test
    void aBadFieldNamesItsLineCountingLineBreaksInsideQuotes() throws Exception {
        Path file = write("name,value,fit,min,max,error,errorLow,errorHigh,unit\n"
                + "\"two\nlines\",1.0,true,0.0,2.0,NaN,NaN,NaN,\n"
                + "y,one,true,0.0,2.0,NaN,NaN,NaN,\n");
        assertThatThrownBy(() -> ParameterRow.read(file))
                .hasMessage(file + ":4: column value holds 'one'; expected a number");
    }

    @Test
    void aRowWithTooFewFieldsAndAnEmptyFileAreErrors() throws Exception {
        Path file = write("generation,bestFom\n0,1.5\n1\n");
        assertThatThrownBy(() -> HistoryRow.read(file)).hasMessage(file + ":3: 1 fields; expected 2 as in the header");
        Files.writeString(file, "");
        assertThatThrownBy(() -> HistoryRow.read(file)).hasMessage(file + ": empty; expected a header row");
        assertThatThrownBy(() -> HistoryRow.read(tmp.resolve("gone.csv"))).hasMessageEndingWith("gone.csv: file not found");
    }

    @Test
    void malformedJsonNamesFileAndLine() throws Exception {
        Path file = tmp.resolve("result.json");
        Files.writeString(file, "{\n  \"fom\" : 1.0,\n  \"seed\" : \"x\"\n}\n");
        assertThatThrownBy(() -> ResultJson.read(file)).isInstanceOf(ResultFileException.class)
                .hasMessageStartingWith(file + ":3: not valid result.json");
    }

    @Test
    void aParameterWithoutItsErrorColumnNamesTheColumnExpected() throws Exception {
        Path file = tmp.resolve("summary.csv");
        Files.writeString(file, "id,model,data,seed,status,fom,film.d,film.sigma,message\na,m,,1,ok,0.5,1,2,\n");
        assertThatThrownBy(() -> SummaryRow.read(file))
                .hasMessage(file + ":1: column 8 is 'film.sigma'; expected 'film.d.error' after 'film.d'");
    }
}
