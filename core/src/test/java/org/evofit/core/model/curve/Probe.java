package org.evofit.core.model.curve;

import org.apache.commons.math3.analysis.UnivariateFunction;

/** Test helper: a component seen as a function of one x, through its array interface. */
final class Probe {

    private Probe() {
    }

    /** The component's value at x with the given parameter values. */
    static double at(CurveComponent component, double[] values, double x) {
        double[] out = new double[1];
        component.addTo(values, new double[] {x}, out);
        return out[0];
    }

    /** The component as a function of x. */
    static UnivariateFunction function(CurveComponent component, double[] values) {
        return x -> at(component, values, x);
    }
}
