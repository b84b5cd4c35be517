package org.evofit.core.model.curve;

/**
 * A curve component that cannot be built (an expression that does not compile, a name it reads
 * that no parameter has), with the index of the component among those declared so that a reader
 * can point at the entry it came from.
 */
public final class ComponentBuildException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int componentIndex;

    ComponentBuildException(int componentIndex, IllegalArgumentException cause) {
        super(cause.getMessage(), cause);
        this.componentIndex = componentIndex;
    }

    /** The index of the component in the declared list. */
    public int componentIndex() {
        return componentIndex;
    }
}
