package org.evofit.wrapper.pickle;

import java.util.List;

/**
 * A numpy array read from its pickle ({@code numpy.core.multiarray._reconstruct} then its state):
 * its shape and its values as doubles in C order (booleans as 0 and 1).
 */
public final class NumpyArray {

    private int[] shape = new int[0];
    private double[] values = new double[0];

    NumpyArray() {
    }

    /** The shape; a 1-d array has one entry. */
    public int[] shape() {
        return shape.clone();
    }

    /** Every value, in C (row-major) order. */
    public double[] values() {
        return values.clone();
    }

    /**
     * Fills the array from its pickled state {@code (version, shape, dtype, fortran order, data)}: data is
     * the raw bytes for numbers and a list of values for the object dtype.
     */
    void setState(PyTuple state) {
        if (state.size() != 5 || !(state.get(1) instanceof PyTuple dims) || !(state.get(2) instanceof NumpyDtype dtype)) {
            throw new PickleException("expected a numpy array's state (version, shape, dtype, order, data) but found "
                    + state.size() + " items");
        }
        shape = new int[dims.size()];
        int count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = Math.toIntExact(PickleValues.asLong(dims.get(i), "a numpy array's shape"));
            count *= shape[i];
        }
        if (shape.length > 1 && Boolean.TRUE.equals(state.get(3))) {
            throw new PickleException("expected a numpy array in C order but found one in Fortran order");
        }
        Object data = state.get(4);
        values = new double[count];
        if (dtype.isObject()) {
            List<?> items = data instanceof List<?> list ? list : List.of();
            if (items.size() != count) {
                throw new PickleException("expected " + count + " values of a numpy object array but found " + items.size());
            }
            for (int i = 0; i < count; i++) {
                values[i] = PickleValues.asDouble(items.get(i), "a numpy object array's value");
            }
            return;
        }
        byte[] raw = PickleValues.asBytes(data, "a numpy array's data");
        int size = dtype.size();
        if (raw.length != count * size) {
            throw new PickleException("expected " + count * size + " bytes of numpy array data (" + count + " x "
                    + dtype.code() + ") but found " + raw.length);
        }
        for (int i = 0; i < count; i++) {
            values[i] = PickleValues.asDouble(dtype.value(raw, i * size), "a numpy array's value");
        }
    }
}
