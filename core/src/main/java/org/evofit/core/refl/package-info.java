/**
 * Specular reflectivity of layered samples.
 *
 * <ul>
 *   <li>{@link org.evofit.core.refl.SlabStack}: the layers as potentials U (from SLDs with
 *       {@link org.evofit.core.refl.SlabStack#fromSld}, or from refractive indices as k0²(1 − n²));
 *       {@link org.evofit.core.refl.LayersFile} reads the ORSO {@code .layers} format.</li>
 *   <li>{@link org.evofit.core.refl.ReflectivityKernel}: the fast, allocation-free Parratt kernel with
 *       Névot–Croce roughness; {@link org.evofit.core.refl.NaiveParratt} is its plain twin, kept as the
 *       reference it is tested and timed against.</li>
 *   <li>{@link org.evofit.core.refl.ResolutionSmearing}: Gaussian resolution smearing (per point or
 *       constant) as a fixed linear map on a shared grid; {@link org.evofit.core.refl.SmearedReflectivity}
 *       applies it to the kernel and treats critical edges separately.</li>
 *   <li>{@link org.evofit.core.refl.KernelBenchmark}: timings for {@code evofit bench --kernel}.</li>
 * </ul>
 *
 * <p>Checked against the ORSO validation suite (tests 0, 2, 4, 6), copied into the test resources.
 */
package org.evofit.core.refl;
