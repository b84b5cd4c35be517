/**
 * Specular reflectivity of layered samples.
 *
 * <ul>
 *   <li>{@link org.evofit.core.refl.SlabStack}: the layers as potentials U (from SLDs with
 *       {@link org.evofit.core.refl.SlabStack#fromSld}, or from refractive indices as k0²(1 − n²));
 *       {@link org.evofit.core.refl.LayersFile} reads the ORSO {@code .layers} format.</li>
 *   <li>{@link org.evofit.core.refl.ParrattKernel}: the one interface of the Parratt kernels (Névot–Croce
 *       roughness) over a {@link org.evofit.core.refl.LayerSequence};
 *       {@link org.evofit.core.refl.KernelImplementation} lists them: {@link org.evofit.core.refl.SequenceKernel}
 *       (per distinct layer; its periodic form walks a multilayer's repeats as matrix powers,
 *       {@link org.evofit.core.refl.PowerWalk}), its vector form on several Q values per instruction (the
 *       production kernel of model-file fits when the JVM has the incubating Vector API; the same bits), {@link org.evofit.core.refl.ReflectivityKernel}
 *       (slab by slab over a {@link org.evofit.core.refl.SlabStack}; the smearing's and scripts' kernel) and
 *       {@link org.evofit.core.refl.NaiveParratt}, the plain reference. The benchmark and the ORSO and
 *       allocation tests run every one.</li>
 *   <li>{@link org.evofit.core.refl.ResolutionSmearing}: Gaussian resolution smearing (per point or
 *       constant) as a fixed linear map on a shared grid; {@link org.evofit.core.refl.SmearedReflectivity}
 *       applies it to the kernel and treats critical edges separately.</li>
 *   <li>{@link org.evofit.core.refl.MagneticKernel}: polarised neutron reflectivity, the four spin cross
 *       sections ({@link org.evofit.core.refl.SpinChannels}) of a {@link org.evofit.core.refl.MagneticSlabs}
 *       stack with non-collinear magnetisation, absorption, roughness and Zeeman splitting, in refl1d's
 *       frames ({@link org.evofit.core.refl.SpinFrames}); checked against the ORSO polarised test1.</li>
 *   <li>{@link org.evofit.core.refl.KernelBenchmark}: timings of every kernel for {@code evofit bench --kernel}.</li>
 * </ul>
 *
 * <p>Checked against the ORSO validation suite (tests 0, 2, 4, 6), copied into the test resources.
 */
package org.evofit.core.refl;
