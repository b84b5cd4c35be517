package org.evofit.core.refl.sample;

import java.util.List;
import java.util.Objects;
import org.evofit.core.param.Parameter;

/**
 * A layer's magnetisation for polarised neutrons: its strength, as a magnetic SLD or as a moment per
 * formula unit (which needs the layer's density, so a layer given by a material), and its in-plane angle.
 *
 * @param layer    the layer's name
 * @param strength {@code layer.sldm} (1e-6 Å⁻²) or {@code layer.moment} (μB per formula unit)
 * @param thetaM   {@code layer.thetaM}, degrees from the sample's x axis
 */
public record LayerMagnetism(String layer, Parameter strength, Parameter thetaM) {

    /** Rejects parameters not named for the layer's quantities. */
    public LayerMagnetism {
        Objects.requireNonNull(layer, "layer");
        if (!strength.name().equals(MagneticQuantity.SLDM.parameterName(layer))
                && !strength.name().equals(MagneticQuantity.MOMENT.parameterName(layer))) {
            throw new IllegalArgumentException("layer " + layer + ": expected " + MagneticQuantity.SLDM
                    .parameterName(layer) + " or " + MagneticQuantity.MOMENT.parameterName(layer) + " but got "
                    + strength.name());
        }
        if (!thetaM.name().equals(MagneticQuantity.THETA_M.parameterName(layer))) {
            throw new IllegalArgumentException("layer " + layer + ": expected "
                    + MagneticQuantity.THETA_M.parameterName(layer) + " but got " + thetaM.name());
        }
    }

    /** Whether the strength is a moment per formula unit rather than a magnetic SLD. */
    public boolean moment() {
        return strength.name().equals(MagneticQuantity.MOMENT.parameterName(layer));
    }

    /** The quantity the strength is. */
    public MagneticQuantity strengthQuantity() {
        return moment() ? MagneticQuantity.MOMENT : MagneticQuantity.SLDM;
    }

    /** The strength, then the angle. */
    public List<Parameter> parameters() {
        return List.of(strength, thetaM);
    }
}
