package org.evofit.wrapper.doc;

/**
 * A value of a model file (a mapping, a list or a scalar) that remembers where it was written, so
 * that any later check can point the user at the exact spot.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    /** Where the value starts. */
    Location location();

    /** How the value reads in a message after "found": {@code a mapping}, {@code 'abc'}, ... */
    String describe();

    /**
     * An error located at this value, for the caller to throw.
     *
     * @param message what was expected (and, ideally, what was found)
     * @return the exception; not thrown here so callers can write {@code throw node.error(...)}
     */
    default ModelFileException error(String message) {
        return new ModelFileException(location(), message);
    }

    /** This value as a mapping, or an error saying a mapping was expected. */
    default MapNode asMap() {
        if (this instanceof MapNode map) {
            return map;
        }
        throw Mismatch.of(this, Mismatch.MAPPING, null);
    }

    /** This value as a list, or an error saying a list was expected. */
    default ListNode asList() {
        if (this instanceof ListNode list) {
            return list;
        }
        throw Mismatch.of(this, Mismatch.LIST, null);
    }

    /** This value as a scalar, or an error saying a single value was expected. */
    default ScalarNode asScalar() {
        if (this instanceof ScalarNode scalar) {
            return scalar;
        }
        throw Mismatch.of(this, Mismatch.SCALAR, null);
    }
}
