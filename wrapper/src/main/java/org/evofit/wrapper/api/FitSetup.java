package org.evofit.wrapper.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.ColumnTextLoader;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.Strategy;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.DataOrigin;

/**
 * What every model built in code has besides its structure: user variables, couplings, data sets
 * (with where they came from, for saving) and the figure of merit and optimizer settings. Shared by
 * {@link ReflectivityBuilder} and {@link CurveBuilder}.
 */
final class FitSetup {

    private final Map<String, Parameter> variables = new LinkedHashMap<>();
    private final List<String> couplings = new ArrayList<>();
    private final Map<String, DataSet> data = new LinkedHashMap<>();
    private final Map<String, DataOrigin> origins = new LinkedHashMap<>();
    private String fom = "log";
    private FitSettings settings = FitSettings.defaults();

    void variable(Parameter p) {
        variables.put(p.name(), p);
    }

    void couple(String coupling) {
        couplings.add(coupling);
    }

    void data(DataSet set, DataOrigin origin) {
        data.put(set.name(), set);
        origins.put(set.name(), origin);
    }

    void data(Path file, ColumnSpec columns) {
        String name = file.getFileName().toString();
        data(ColumnTextLoader.load(file, name, columns), new DataOrigin(file.toAbsolutePath(), null, columns));
    }

    /** Limits the fit to {@code xmin <= x <= xmax} for the data set of that name. */
    void range(String name, double xmin, double xmax) {
        DataSet d = data.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no data set '" + name + "'; expected one of " + data.keySet());
        }
        data.put(name, d.withRange(xmin, xmax));
    }

    void fom(String name) {
        fom = name;
    }

    void strategy(String name) {
        de(d -> d.withStrategy(Strategy.byName(name)));
    }

    void de(java.util.function.UnaryOperator<DeSettings> change) {
        settings = settings.withDe(change.apply(settings.de()));
    }

    void threads(int threads) {
        settings = settings.withThreads(threads);
    }

    FitSettings settings() {
        return settings;
    }

    /** The user variables' names, in the order they take their slots after the model's parameters. */
    List<String> variableNames() {
        return List.copyOf(variables.keySet());
    }

    /** The parameters so far with the variables appended; a variable may not take another's name. */
    List<Parameter> withVariables(Map<String, Parameter> structural) {
        Map<String, Parameter> all = new LinkedHashMap<>(structural);
        variables.forEach((name, p) -> {
            if (all.put(name, p) != null) {
                throw new IllegalArgumentException("variable " + name + " has the name of another parameter");
            }
        });
        return new ArrayList<>(all.values());
    }

    List<Coupling> couplings() {
        return couplings.stream().map(Coupling::parse).toList();
    }

    List<DataSet> dataSets() {
        return new ArrayList<>(data.values());
    }

    List<DataOrigin> origins() {
        return new ArrayList<>(origins.values());
    }

    FigureOfMerit figureOfMerit() {
        return FiguresOfMerit.byName(fom, NonFinitePolicy.IGNORE);
    }
}
