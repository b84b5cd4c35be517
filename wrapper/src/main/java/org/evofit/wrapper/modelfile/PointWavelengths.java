package org.evofit.wrapper.modelfile;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.refl.sample.JointReflectivityModel;
import org.evofit.core.refl.sample.ReflectivityModel;
import org.evofit.wrapper.doc.ListNode;

/**
 * Checks, where the model file is read, that data sets with a wavelength per point (time-of-flight data,
 * {@code columns: {lambda: N}} or an .ort file's {@code lambda} column) can be simulated by the model
 * that produces them, so a mistake is reported at its data entry rather than in the middle of a fit.
 */
final class PointWavelengths {

    private PointWavelengths() {
    }

    /** Refuses a data set whose wavelengths its model cannot use, at its {@code data:} entry. */
    static void check(ParameterizedModel model, List<DataSet> data, ListNode dataNode) {
        for (int k = 0; k < data.size(); k++) {
            DataSet d = data.get(k);
            if (!d.hasWavelength()) {
                continue;
            }
            var at = dataNode.items().get(Math.min(k, dataNode.items().size() - 1));
            ReflectivityModel producer = model instanceof JointReflectivityModel joint ? joint.partOf(k).model()
                    : model instanceof ReflectivityModel refl ? refl : null;
            if (producer == null) {
                throw at.error("data set " + d.name() + " has a wavelength per point, which only a reflectivity"
                        + " model uses; expected no lambda column");
            }
            try {
                producer.checkPointWavelengths(d);
            } catch (IllegalArgumentException e) {
                throw at.error("data set " + d.name() + ": " + e.getMessage());
            }
        }
    }
}
