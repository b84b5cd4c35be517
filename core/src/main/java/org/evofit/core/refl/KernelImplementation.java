package org.evofit.core.refl;

/**
 * Every implementation of {@link ParrattKernel}: the benchmark ({@code evofit bench --kernel}), the
 * ORSO validation tests and the allocation tests run each of them, so a new kernel is one constant
 * here plus its class. {@link #PRODUCTION} is the one reflectivity fits of model files use, through
 * {@link #forFits()}.
 */
public enum KernelImplementation {

    /**
     * {@link SequenceKernel}: per distinct layer and interface, then a walk of complex products. The
     * production kernel: {@code ReflectivityModel} (every model file's reflectivity fit with GenX's
     * resolution modes) evaluates with it.
     */
    SEQUENCE("sequence", true, "fits of model files when the JVM lacks the Vector API; the reference of vector"),
    /**
     * {@link VectorKernel}: {@link #SEQUENCE}'s recursion on several Q values per instruction, the same
     * bits. The production kernel when the JVM resolved module {@code jdk.incubator.vector}
     * ({@link #available()}), as the {@code evofit} launcher has it do.
     */
    VECTOR("vector", true, "fits of model files (GenX resolution modes)"),
    /**
     * {@link SequenceKernel} whose walk takes a run of repeated slabs (a multilayer's periods) as a
     * power of the period's matrix, {@link PowerWalk}: log₂ n matrix products for n periods. The same
     * numbers as {@link #SEQUENCE} to rounding, not to the bit.
     */
    PERIODIC("periodic", true, "none yet: the periodic walk, for fits once chosen"),
    /**
     * {@link ReflectivityKernel}: slab by slab over a {@link SlabStack}. Used by evofit's accurate
     * resolution smearing ({@link SmearedReflectivity}) when it is given no curve (model files' fits give it
     * the production kernel), by {@code evofit simulate} of layer files and by Java model scripts that call it.
     */
    SLAB("slab", true, "accurate resolution smearing outside model files' fits, simulate, model scripts"),
    /** {@link NaiveParratt}: the plain form with a complex object per operation; the reference. */
    NAIVE("naive", false, "none: the reference the others are checked against");

    /**
     * The implementation fits of model files use, which the benchmark reports first: {@link #VECTOR}
     * where it is available, else {@link #SEQUENCE}, whose numbers are the same.
     */
    public static final KernelImplementation PRODUCTION = vectorModule() ? VECTOR : SEQUENCE;

    private final String label;
    private final boolean allocationFree;
    private final String usedBy;

    KernelImplementation(String label, boolean allocationFree, String usedBy) {
        this.label = label;
        this.allocationFree = allocationFree;
        this.usedBy = usedBy;
    }

    /**
     * A kernel for one of a fit's threads: {@link #PRODUCTION}'s, except that the vector kernel evaluates
     * with {@link #SEQUENCE}'s code, which gives the same bits, until a background warm-up has seen the
     * JIT compile the vector code ({@link VectorWarmUp}); the first call of such a kernel starts the warm-up.
     */
    public static ParrattKernel forFits() {
        return PRODUCTION == VECTOR ? VectorKernel.newFitKernel() : PRODUCTION.newKernel();
    }

    /**
     * Whether this JVM can run the implementation: all can but {@link #VECTOR}, which needs module
     * {@code jdk.incubator.vector} resolved at start-up ({@code --add-modules jdk.incubator.vector}).
     */
    public boolean available() {
        return this != VECTOR || vectorModule();
    }

    private static boolean vectorModule() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** The short name the benchmark prints. */
    public String label() {
        return label;
    }

    /** Whether a warm kernel allocates nothing per call (a fit's hot path needs that). */
    public boolean allocationFree() {
        return allocationFree;
    }

    /** Where evofit runs this implementation. */
    public String usedBy() {
        return usedBy;
    }

    /**
     * A kernel with its own scratch memory, for one thread.
     *
     * @throws IllegalStateException for an implementation this JVM cannot run ({@link #available()})
     */
    public ParrattKernel newKernel() {
        if (!available()) {
            throw new IllegalStateException("the " + label + " kernel needs the JVM option"
                    + " --add-modules jdk.incubator.vector, which the evofit launcher passes");
        }
        return switch (this) {
            case SEQUENCE, PERIODIC -> {
                SequenceKernel.Workspace workspace = new SequenceKernel.Workspace(this == PERIODIC);
                yield (stack, q, from, to, out) -> SequenceKernel.reflectivity(stack, q, from, to, out, workspace);
            }
            case VECTOR -> VectorKernel.newKernel();
            case SLAB -> new SlabKernel();
            case NAIVE -> (stack, q, from, to, out) -> {
                SlabStack slabs = stack.toSlabStack();
                for (int i = from; i < to; i++) {
                    out[i] = NaiveParratt.reflectivity(slabs, q[i]);
                }
            };
        };
    }

    /** {@link ReflectivityKernel} behind the interface: the sequence unrolled into a reused stack. */
    private static final class SlabKernel implements ParrattKernel {
        private final KernelWorkspace workspace = new KernelWorkspace();
        private SlabStack slabs;

        @Override
        public void reflectivity(LayerSequence stack, double[] q, int from, int to, double[] out) {
            slabs = stack.toSlabStack(slabs);
            ReflectivityKernel.reflectivity(slabs, q, from, to, out, workspace);
        }
    }
}
