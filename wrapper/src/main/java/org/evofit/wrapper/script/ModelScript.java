package org.evofit.wrapper.script;

import org.evofit.core.data.DataSet;

/**
 * A model written as Java source (GenX's "Sim" script): the one public class of a {@code model.java}
 * file implements this interface and has a public no-argument constructor. It declares the
 * parameters and data, and computes the model curve, for couplings and layer logic a YAML model
 * cannot express.
 *
 * <p>Every thread of a fit gets its own instance, made with the constructor and then given
 * {@link #define} again, so fields may hold slots and scratch buffers without locking. Keep
 * {@code define} free of side effects other than declaring: it runs once per instance.
 *
 * <pre>{@code
 * public final class Film implements ModelScript {
 *     private int d;
 *
 *     public void define(ScriptContext c) {
 *         d = c.parameter("d", 100, 50, 150);
 *         c.data("film.dat", 0, 1, 2);
 *     }
 *
 *     public void simulate(Values v, int dataSet, DataSet data, double[] out) {
 *         double thickness = v.at(d);
 *         // ... fill out[i] for every data.x()[i]
 *     }
 * }
 * }</pre>
 */
public interface ModelScript {

    /**
     * Declares the parameters (each returns the slot {@link Values#at} reads), the data sets and the
     * fit settings, as a model file would.
     */
    void define(ScriptContext context);

    /**
     * Writes the model of data set {@code dataSet} at the points of {@code data} into {@code out}.
     * {@code data} may be the data set's in-range points only, so index by {@code data}, not by the
     * file. Runs in the fit's hot loop: read values by slot and avoid allocating.
     *
     * @param values  the current parameter values, couplings applied
     * @param dataSet position of the data set in the order {@link ScriptContext#data} declared them
     * @param data    the points to simulate
     * @param out     receives one value per point of {@code data}
     */
    void simulate(Values values, int dataSet, DataSet data, double[] out);
}
