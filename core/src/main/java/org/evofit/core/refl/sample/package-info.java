/**
 * Layered samples and the instrument as a reflectivity model (GenX's {@code spec_nx}): what a model
 * declares ({@link org.evofit.core.refl.sample.SampleSpec}, {@link org.evofit.core.refl.sample.LayerSpec},
 * {@link org.evofit.core.refl.sample.StackSpec}, {@link org.evofit.core.refl.sample.InstrumentSpec}), each
 * holding its own parameters as refnx's {@code Slab} does, and the model that collects them and turns their
 * values into curves ({@link org.evofit.core.refl.sample.ReflectivityModel}).
 *
 * <p>The vocabulary of layer and instrument quantities has one home:
 * {@link org.evofit.core.refl.sample.LayerQuantity} and {@link org.evofit.core.refl.sample.InstrumentQuantity}
 * (key, unit, default, meaning, which layers have it, where a model file writes it). The model-file
 * reader and writer, the GenX importer, the API builders and the units in result files all derive
 * from them. A {@link org.evofit.core.refl.sample.ReflectivityModel} holds its parameters; they take
 * consecutive slots in a fixed order, so nothing binds them to slots by name.
 *
 * <p>A new layer quantity (a magnetic SLD, say) is: one constant in {@code LayerQuantity}; its use in
 * {@link org.evofit.core.refl.sample.SampleLayout}, which hands the values to the kernel; and the kernel
 * that uses it. Model files read and write it, the builders set it
 * ({@code LayerBuilder.set(quantity, ...)}), result files give its unit, without further edits.
 */
package org.evofit.core.refl.sample;
