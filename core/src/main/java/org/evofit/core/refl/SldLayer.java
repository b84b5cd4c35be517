package org.evofit.core.refl;

/**
 * One row of an ORSO {@code .layers} file, as written.
 *
 * @param thickness thickness, Å (ignored for the fronting and backing media)
 * @param sld       real scattering length density, 1e-6 Å⁻²
 * @param isld      imaginary (absorption) scattering length density, 1e-6 Å⁻², positive for absorption
 * @param roughness r.m.s. roughness of the interface above this layer, Å (ignored for the fronting medium)
 */
public record SldLayer(double thickness, double sld, double isld, double roughness) {
}
