package org.evofit.wrapper.doc;

import java.util.List;

/**
 * A list of values (a YAML sequence or a JSON array).
 *
 * @param location where the list starts
 * @param items    the items in file order
 */
public record ListNode(Location location, List<Node> items) implements Node {

    /** Keeps an unmodifiable copy of the items. */
    public ListNode {
        items = List.copyOf(items);
    }

    /** Number of items. */
    public int size() {
        return items.size();
    }

    /** Whether the list has no items. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The item at a 0-based index. */
    public Node get(int index) {
        return items.get(index);
    }

    @Override
    public String describe() {
        return Mismatch.LIST;
    }
}
