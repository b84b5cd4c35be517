/**
 * GenX's instrument semantics for specular reflectivity, so that models written for GenX (its
 * {@code spec_nx} model) reproduce GenX's curves: the x coordinate (q or 2θ with GenX's 2θ offset), the
 * layer potentials from GenX's x-ray and neutron parametrisation, footprint correction, GenX's
 * resolution modes with GenX's own discretisation, incident intensity and background.
 *
 * <p>{@link org.evofit.core.refl.instrument.GenxInstrument#apply} runs the whole pipeline around any
 * {@link org.evofit.core.refl.instrument.Reflectivity} that computes the unsmeared reflectivity at an
 * array of q. Everything here is a pure function over primitive arrays; scratch memory lives in a
 * caller-owned {@link org.evofit.core.refl.instrument.InstrumentWorkspace}, so the fitting loop
 * allocates nothing.
 */
package org.evofit.core.refl.instrument;
