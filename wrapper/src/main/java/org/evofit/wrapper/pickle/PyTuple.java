package org.evofit.wrapper.pickle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Python tuple: told apart from a list because numpy's and Python's own pickling read their
 * arguments as tuples. Its items may be {@code null} (None).
 *
 * @param items the items, unmodifiable
 */
public record PyTuple(List<Object> items) {

    /** Copies the items. */
    public PyTuple {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** The item at {@code index}. */
    public Object get(int index) {
        return items.get(index);
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }
}
