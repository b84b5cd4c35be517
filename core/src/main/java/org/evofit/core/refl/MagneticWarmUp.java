package org.evofit.core.refl;

/**
 * Has the JIT compile the vector magnetic kernel ({@link VectorMagneticSteps}) on a background thread
 * while fits evaluate with the scalar steps, whose numbers are the same to the bit; for the reason
 * {@link VectorWarmUp} gives (uncompiled vector code is about a hundred times slower). A daemon thread
 * runs both on a 40-layer non-collinear, absorbing stack with a sharp interface, with and without a
 * field (the branches fits take), until the vector code is the faster in three rounds running
 * (or gives up after {@link VectorWarmUp#MAX_ROUNDS}); {@link MagneticWorkspace}s made for fits switch to it then.
 */
final class MagneticWarmUp {

    private static volatile boolean vectorFaster;

    static {
        Thread thread = new Thread(MagneticWarmUp::run, "evofit-magnetic-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private MagneticWarmUp() {
    }

    /** Whether fits should evaluate with the vector steps now; the first call starts the warm-up. */
    static boolean vectorFaster() {
        return vectorFaster;
    }

    private static void run() {
        MagneticSlabs stack = MagneticBenchmark.random(40, 1);
        stack.roughness()[20] = 0;
        double[] q = BenchStacks.linear(0, 0.3, MagneticWorkspace.BLOCK);
        SpinChannels out = SpinChannels.ofLength(q.length);
        MagneticWorkspace vector = new MagneticWorkspace(MagneticImplementation.VECTOR);
        MagneticWorkspace scalar = new MagneticWorkspace(MagneticImplementation.SCALAR);
        int wins = 0;
        for (int round = 0; round < VectorWarmUp.MAX_ROUNDS && wins < 3; round++) {
            long start = System.nanoTime();
            MagneticKernel.reflectivity(stack, 90, 0, q, 0, q.length, out, vector);
            MagneticKernel.reflectivity(stack, 5, 0.5, q, 0, q.length, out, vector);
            long middle = System.nanoTime();
            MagneticKernel.reflectivity(stack, 90, 0, q, 0, q.length, out, scalar);
            MagneticKernel.reflectivity(stack, 5, 0.5, q, 0, q.length, out, scalar);
            long end = System.nanoTime();
            wins = middle - start < end - middle ? wins + 1 : 0;
        }
        vectorFaster = wins >= 3;
    }
}
