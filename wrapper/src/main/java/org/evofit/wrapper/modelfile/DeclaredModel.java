package org.evofit.wrapper.modelfile;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.data.ModelAxis;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.model.ModelStructure;

/**
 * What one kind of model file declares, as its section reader read it (a curve's components, a reflectivity
 * model's sample and instrument, a joint model's samples and instruments): its parameters, how a value set
 * apart from them is checked, how its data are read and checked, and the model itself.
 */
interface DeclaredModel {

    /** The parameters the model holds, in its order. */
    List<Parameter> parameters();

    /** {@code p} checked as the quantity of its name checks it (a model file's {@code parameters:}). */
    default Parameter check(Parameter p) {
        return p;
    }

    /** What the instrument of data set {@code index} takes x to be; {@code null} for a model without one. */
    default ModelAxis axis(int index) {
        return null;
    }

    /** Refuses data the model cannot use, at the data set's entry of {@code dataNode}. */
    default void checkData(List<DataSet> data, ListNode dataNode) {
    }

    /** Whether the data entries may name a sample and an instrument. */
    default boolean joint() {
        return false;
    }

    /** The model's structure, for writing the file back. */
    ModelStructure structure();

    /** The model holding its parameters as finally set, its expressions reading {@code variables} by name. */
    ParameterizedModel model(List<Parameter> finalParameters, List<String> variables);
}
