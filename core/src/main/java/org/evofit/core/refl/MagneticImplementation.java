package org.evofit.core.refl;

/**
 * The implementations of {@link MagneticKernel}, which give the same bits: the benchmark
 * ({@code evofit bench --kernel}) and the polarised validation tests run each of them, and a
 * {@link MagneticWorkspace} says which one its calls run.
 */
public enum MagneticImplementation {

    /**
     * {@link MagneticSteps}: one Q value at a time. What fits run until the vector steps are compiled, and where the
     * JVM cannot run them.
     */
    SCALAR("scalar"),
    /**
     * {@link VectorMagneticSteps}: several Q values per instruction, where the JVM resolved module
     * {@code jdk.incubator.vector} ({@link #available()}), as the {@code evofit} launcher has it do. Fits switch to
     * them once a background warm-up has seen the JIT compile them ({@link MagneticWarmUp}), which starts only when
     * their kernel work is worth it: in the small examples/polarised the kernel is about a third of a fit's
     * samples, in its first generations only (then the cross sections come from a cache), and the warm-up and the
     * JIT's work for it would cost more than the vector steps save there (FUTURE.md).
     */
    VECTOR("vector");

    /**
     * The implementation fits use ({@link MagneticWorkspace#MagneticWorkspace()}): {@link #VECTOR} where the JVM can
     * run it, after its warm-up, else {@link #SCALAR}, whose numbers are the same to the bit.
     */
    public static final MagneticImplementation PRODUCTION = VECTOR.available() ? VECTOR : SCALAR;

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
