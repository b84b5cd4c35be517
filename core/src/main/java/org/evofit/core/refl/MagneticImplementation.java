package org.evofit.core.refl;

/**
 * The implementations of {@link MagneticKernel}, which give the same bits: the benchmark
 * ({@code evofit bench --kernel}) and the polarised validation tests run each of them, and a
 * {@link MagneticWorkspace} says which one its calls run.
 */
public enum MagneticImplementation {

    /** {@link MagneticSteps}: one Q value at a time. Fits' choice. */
    SCALAR("scalar"),
    /**
     * {@link VectorMagneticSteps}: several Q values per instruction, where the JVM resolved module
     * {@code jdk.incubator.vector} ({@link #available()}), as the {@code evofit} launcher has it do. A workspace
     * that switches to these once the JIT has compiled them ({@link MagneticWarmUp}) exists, but fits do not use
     * it: in examples/polarised the kernel is about a third of a fit's samples, in its first generations only
     * (then the cross sections come from a cache), and the warm-up and the JIT's work for it cost more than the
     * vector steps save there (FUTURE.md).
     */
    VECTOR("vector");

    /**
     * The implementation fits use: {@link #SCALAR}, until fits whose time the kernel dominates need {@link #VECTOR}
     * (one line to change back: {@link MagneticWorkspace#MagneticWorkspace()} then switches after the warm-up).
     */
    public static final MagneticImplementation PRODUCTION = SCALAR;

    private final String label;

    MagneticImplementation(String label) {
        this.label = label;
    }

    /** The short name the benchmark prints. */
    public String label() {
        return label;
    }

    /** Whether this JVM can run it: the vector one needs {@code --add-modules jdk.incubator.vector}. */
    public boolean available() {
        return this == SCALAR || KernelImplementation.VECTOR.available();
    }

    /** Throws, saying why, when this JVM cannot run the implementation. */
    void requireAvailable() {
        if (!available()) {
            throw new IllegalStateException("the " + label + " magnetic kernel needs the JVM option"
                    + " --add-modules jdk.incubator.vector, which the evofit launcher passes");
        }
    }
}
