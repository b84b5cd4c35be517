package org.evofit.core.model;

import java.util.List;
import java.util.Map;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;

/**
 * A model that holds its own parameters, as refnx's structures hold theirs: its k-th parameter is
 * slot k of the values it is evaluated with, so nothing binds it to slots by name.
 * {@link org.evofit.core.fit.FitProblem#create(ParameterizedModel, List, List, List,
 * org.evofit.core.fom.FigureOfMerit)} puts the user's variables after them and collects the free
 * parameters from both.
 */
public interface ParameterizedModel extends Model {

    /** Every parameter of the model, with its start value, bounds and fit flag, in slot order. */
    List<Parameter> parameters();

    /**
     * The same model holding other values, bounds or fit flags of the same parameters (same names,
     * same order), as a sweep or a chained fit sets them.
     *
     * @throws IllegalArgumentException when the names differ from {@link #parameters()}'
     */
    ParameterizedModel withParameters(List<Parameter> changed);

    /**
     * The least value of each parameter whose quantity has one (a layer's thickness, roughness, a
     * stack's repetitions), by name. A fit checks the values its couplings compute against them: a
     * coupled thickness below 0 is no sample, so such a candidate is infeasible.
     */
    default Map<String, Minimum> minimums() {
        return Map.of();
    }
}
