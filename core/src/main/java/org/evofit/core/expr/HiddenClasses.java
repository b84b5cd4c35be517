package org.evofit.core.expr;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Defines generated classes as hidden classes of this package and instantiates them. Hidden
 * classes are not discoverable by name and are unloaded once no instance is reachable, so
 * compiling many expressions over a long session does not leak classes.
 */
final class HiddenClasses {

    private HiddenClasses() {
    }

    /** Defines {@code classFile}, runs its no-argument constructor and returns the instance. */
    static <T> T instantiate(byte[] classFile, Class<T> type) {
        MethodHandle constructor;
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(classFile, true);
            constructor = lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class));
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("generated expression class is unusable", e);
        }
        try {
            return type.cast(constructor.invoke());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("generated expression class failed to construct", t);
        }
    }
}
