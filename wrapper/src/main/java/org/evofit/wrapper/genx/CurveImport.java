package org.evofit.wrapper.genx;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.evofit.core.model.curve.DeclaredComponent;
import org.evofit.wrapper.api.ComponentBuilder;
import org.evofit.wrapper.api.CurveBuilder;
import org.evofit.wrapper.api.Evofit;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.modelfile.ModelNotes;

/**
 * Builds an imported peak-fitting model through the Java API's {@link CurveBuilder}, the same curve
 * model a {@code kind: curve} file gives (like examples/peaks), with the comments its file carries.
 */
final class CurveImport {

    private CurveImport() {
    }

    /**
     * The model: each component Sim adds, GenX's data and settings.
     *
     * @param files each data set's file, relative to {@code dir}, the model file's directory
     * @throws IllegalArgumentException when the builder refuses the model
     */
    static ModelDefinition model(CurveDraft d, List<GenxDataSet> data, List<String> files, Path dir,
                                 SolverSettings solver, String shown) {
        CurveBuilder b = Evofit.curve();
        for (CurveDraft.Component c : d.components.values()) {
            Consumer<ComponentBuilder> how = cb -> c.params().forEach((k, q) -> {
                if (q.fit()) {
                    cb.set(k, q.value(), q.min(), q.max());
                } else {
                    cb.set(k, q.value());
                }
            });
            switch (c.kind()) {
                case "gaussian" -> b.gaussian(c.name(), how);
                case "lorentzian" -> b.lorentzian(c.name(), how);
                case "voigt" -> b.voigt(c.name(), how);
                case "pseudo-voigt" -> b.pseudoVoigt(c.name(), how);
                case "constant" -> b.constant(c.name(), how);
                default -> throw new IllegalStateException("PeakShape gave the unknown kind " + c.kind());
            }
        }
        d.freeVariables().forEach((name, q) -> {
            if (q.fit()) {
                b.variable(name, q.value(), q.min(), q.max());
            } else {
                b.variable(name, q.value());
            }
        });
        d.couplings.keySet().forEach(b::couple);
        ImportedFit.data(data, solver, b::data, b::data, b::range, shown);
        return ImportedFit.finish(b.build().definition(), data, files, dir, solver, i -> false);
    }

    /** The comments of the model file. */
    static ModelNotes notes(CurveDraft d, List<GenxDataSet> data, SolverSettings solver, String source) {
        Map<String, String> texts = new LinkedHashMap<>();
        d.components.values().forEach(c -> c.params().forEach((k, q) -> texts.put(DeclaredComponent.parameterName(c.name(), k), q.text())));
        d.freeVariables().forEach((name, q) -> texts.put(name, q.text()));
        return ImportNotes.of(List.of("Imported from the GenX project " + source + " by evofit import-genx.",
                        "Start values, bounds and fit flags come from GenX's parameter table; the components from its",
                        "peak classes and the sum its Sim function returns."), texts,
                Map.of("variables", "GenX's user variables (" + d.userVarsName + ".new_var)",
                        "couplings", "GenX's Sim function sets these before every simulation"),
                d.couplings.values().stream().map(n -> "script line " + n).toList(), data, solver,
                d.untranslated);
    }
}
