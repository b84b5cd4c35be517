package org.evofit.core.refl;

/**
 * One row of a polarised ORSO {@code .layers} file, as written.
 *
 * @param thickness thickness, Å (ignored for the fronting and backing media)
 * @param sld       nuclear scattering length density, 1e-6 Å⁻²
 * @param isld      absorption (imaginary SLD), 1e-6 Å⁻², positive for absorption
 * @param thetaM    in-plane magnetisation angle, degrees from the sample's x axis
 * @param sldm      magnetic scattering length density, 1e-6 Å⁻²
 * @param roughness r.m.s. roughness of the interface above this layer, Å (ignored for the fronting medium)
 */
public record MagneticLayer(double thickness, double sld, double isld, double thetaM, double sldm,
        double roughness) {
}
