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
 * <p>A new layer quantity (a magnetic SLD, say) touches three main files: one constant in
 * {@code LayerQuantity} (key, unit, default, meaning, which layers have it); its use in
 * {@link org.evofit.core.refl.sample.SampleLayout}, which turns a layer's values into the kernel's
 * per-layer inputs (the potential, or an input channel of {@link org.evofit.core.refl.LayerSequence}
 * when the kernel needs the value itself); and the kernel that reads it
 * ({@link org.evofit.core.refl.SequenceKernel}, which names its channels). Layers hold it as a
 * parameter, model files read and write it, the builders set it ({@code LayerBuilder.set(quantity, ...)})
 * and result files give its unit without further edits; {@code QuantityVocabularyTest} checks each of
 * these for every quantity.
 */
package org.evofit.core.refl.sample;
