package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evofit.core.de.BoundaryHandling;
import org.evofit.core.de.Strategy;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSetting;
import org.evofit.core.fit.OptimizerSettings;
import org.evofit.core.fit.SettingBounds;
import org.evofit.core.fit.SettingType;
import org.evofit.looper.FitOverrides;
import org.evofit.looper.SweepFile;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.api.Model;
import org.evofit.wrapper.doc.ModelFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every entry of the optimizer-settings table is accepted by the model file, a sweep's
 * {@code fit:}, the command line and the Java API, is written by the model-file writer and read
 * back to the same value, and a value outside its bounds (or not of its type) is refused by each,
 * with the file, line and column or the option's or setting's name. Values are derived from the
 * table's own types and bounds, so a new entry is tested without touching this file.
 */
class OptimizerSettingsSurfacesTest {

    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void copyTheExample() throws IOException {
        Files.copy(Path.of(Cli.repo("examples/peaks/peakfit_gauss.dat")), dir.resolve("peakfit_gauss.dat"));
        model = dir.resolve("model.yaml");
        Files.copy(Path.of(Cli.repo("examples/peaks/model.yaml")), model);
    }

    static Stream<OptimizerSetting> settings() {
        return OptimizerSettings.all().stream();
    }

    /** A value within the bounds that is not the default. */
    static Object valid(OptimizerSetting s) {
        SettingBounds b = s.bounds();
        Object v = switch (s.type()) {
            case BOOLEAN -> !(Boolean) s.defaultValue();
            case STRATEGY -> Strategy.JADE_BEST;
            case BOUNDARIES -> BoundaryHandling.CLAMP;
            case LONG -> 7L;
            case INTEGER -> (int) (Double.isInfinite(b.min()) ? 0 : b.min()) + 3;
            case NUMBER -> Double.isInfinite(b.max()) ? b.min() + 3.0 : b.min() + (b.max() - b.min()) * 0.37;
        };
        assertThat(v).as(s.key()).isNotEqualTo(s.defaultValue());
        return v;
    }

    /** Text just outside the bounds, or (for a type without bounds) text that is no value of the type. */
    static String invalid(OptimizerSetting s) {
        SettingBounds b = s.bounds();
        if (!b.bounded()) {
            return "nonsense";
        }
        double below = b.minIncluded() ? b.min() - 1 : b.min();
        return s.type() == SettingType.INTEGER ? Integer.toString((int) below) : Double.toString(below);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void theApiSetsItAndTheWriterWritesWhatTheModelFileReadsBack(OptimizerSetting s) throws IOException {
        Object v = valid(s);
        Model changed = Evofit.load(model).withSetting(s.key(), v);
        assertThat(s.valueIn(changed.definition().settings())).isEqualTo(v);
        Path saved = dir.resolve("saved-" + s.key() + ".yaml");
        changed.save(saved);
        assertThat(Files.readString(saved)).contains("  " + s.key() + ": ");
        assertThat(s.valueIn(ModelFiles.load(saved).settings())).as(s.key()).isEqualTo(v);

        assertThatThrownBy(() -> Evofit.load(model).withSetting(s.key(), invalid(s)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(s.key() + ": ");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void theModelFileRefusesAValueOutOfBoundsAtItsLineAndColumn(OptimizerSetting s) throws IOException {
        Path saved = dir.resolve("bad-" + s.key() + ".yaml");
        Evofit.load(model).withSetting(s.key(), valid(s)).save(saved);
        List<String> lines = Files.readAllLines(saved);
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("  " + s.key() + ": ")).findFirst().orElseThrow());
        lines.set(at, "  " + s.key() + ": " + invalid(s));
        Files.write(saved, lines);
        assertThatThrownBy(() -> ModelFiles.load(saved)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("/" + saved.getFileName() + ":" + (at + 1) + ":" + (s.key().length() + 5) + ": ");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void aSweepsFitAcceptsItAndRefusesAValueOutOfBoundsAtItsLineAndColumn(OptimizerSetting s) throws IOException {
        Path sweep = dir.resolve("sweep-" + s.key() + ".yaml");
        Files.writeString(sweep, "models: [model.yaml]\nfit:\n  " + s.key() + ": " + s.type().text(valid(s)) + "\n");
        FitSettings read = FitOverrides.apply(FitSettings.defaults(), SweepFile.read(sweep).settings());
        assertThat(s.valueIn(read)).isEqualTo(valid(s));

        Files.writeString(sweep, "models: [model.yaml]\nfit:\n  " + s.key() + ": " + invalid(s) + "\n");
        assertThatThrownBy(() -> SweepFile.read(sweep)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("/" + sweep.getFileName() + ":3:" + (s.key().length() + 5) + ": ");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void theCommandLineHasAnOptionThatOverridesTheModelFile(OptimizerSetting s) {
        String option = SettingOptions.name(s);
        assertThat(fitWith(option + "=" + s.type().text(valid(s))).optimizer.apply(ModelFiles.load(model)).settings())
                .satisfies(settings -> assertThat(s.valueIn(settings)).isEqualTo(valid(s)));

        assertThatThrownBy(() -> fitWith(option + "=" + invalid(s)).optimizer.apply(ModelFiles.load(model)))
                .satisfiesAnyOf(
                        e -> assertThat(e).isInstanceOf(BadInputException.class).hasMessageStartingWith(option + ": "),
                        e -> assertThat(e).isInstanceOf(CommandLine.ParameterException.class)
                                .hasMessageContaining("'" + option + "'"));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void theHelpShowsTheTablesHelpBoundsAndDefault(OptimizerSetting s) {
        Cli.Run help = Cli.run("fit", "--help");
        String flat = help.out().replaceAll("\\s+", " ");
        assertThat(flat).contains(SettingOptions.name(s)).contains(s.describe().replaceAll("\\.$", ""))
                .contains("else " + s.defaultText() + ")");
    }

    private static FitCommand fitWith(String option) {
        CommandLine cl = Main.commandLine();
        cl.parseArgs("fit", "--out", dir.resolve("out").toString(), option, model.toString());
        return cl.getSubcommands().get("fit").getCommand();
    }
}
