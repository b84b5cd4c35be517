package org.evofit.server.run;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.evofit.core.de.DeSettings;
import org.evofit.dispatch.LocalSweep;
import org.evofit.looper.FitOverrides;
import org.evofit.looper.RunSpec;
import org.evofit.server.ServiceException;
import org.evofit.wrapper.ModelFiles;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * The work a submission's fits ask, as the quota {@code evaluations-per-fit} counts it: each run's generations
 * (every restart's included) x population, from its model's optimizer settings with the run's own overrides (the start's settings), multipliers
 * of the free parameters resolved as the fit resolves them.
 */
final class FitWork {

    private FitWork() {
    }

    /**
     * Refuses a plan whose largest fit asks more than {@code most} evaluations, naming the quota and {@code role}.
     *
     * @throws ServiceException 403 saying which quota, what the fit asks and what to change
     */
    static void check(LocalSweep plan, long most, String role) {
        Map<Path, ModelDefinition> models = new HashMap<>();
        for (RunSpec run : plan.runs()) {
            ModelDefinition model = models.computeIfAbsent(run.model(), ModelFiles::load);
            DeSettings de = FitOverrides.apply(model.settings(), run.settings()).de();
            int free = model.problem().freeCount();
            long population = de.populationFor(free);
            long generations;
            try {
                // Every restart runs its generations too: restarts are work a fit asks like any other.
                generations = de.plannedGenerations(free);
            } catch (ArithmeticException e) {
                generations = Long.MAX_VALUE / Math.max(1, population);
            }
            if (generations > most / population) {
                throw new ServiceException(403, "over your quota evaluations-per-fit (" + role + "): a fit asks "
                        + generations + " generations x " + population + " population = " + generations * population
                        + ", the most a " + role + " may ask is " + most + "; ask for fewer generations or a smaller "
                        + "population (an admin sets the quota: evofit serve --quota " + role + ".evaluations-per-fit=N)");
            }
        }
    }
}
