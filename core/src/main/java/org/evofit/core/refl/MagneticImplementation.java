package org.evofit.core.refl;

/**
 * The implementations of {@link MagneticKernel}, which give the same bits: the benchmark
 * ({@code evofit bench --kernel}) and the polarised validation tests run each of them, and a
 * {@link MagneticWorkspace} says which one its calls run.
 */
public enum MagneticImplementation {

    /** {@link MagneticSteps}: one Q value at a time. Fits' choice when the JVM lacks the Vector API. */
    SCALAR("scalar"),
    /**
     * {@link VectorMagneticSteps}: several Q values per instruction. Fits' choice when the JVM resolved
     * module {@code jdk.incubator.vector} ({@link #available()}), as the {@code evofit} launcher has it do;
     * a fit's workspace runs the scalar steps until the JIT has compiled these ({@link MagneticWarmUp}).
     */
    VECTOR("vector");

    /** The implementation fits use: {@link #VECTOR} where it is available, else {@link #SCALAR}. */
    public static final MagneticImplementation PRODUCTION =
            KernelImplementation.VECTOR.available() ? VECTOR : SCALAR;

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
