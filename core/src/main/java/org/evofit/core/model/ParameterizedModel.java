package org.evofit.core.model;

import java.util.List;
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
}
