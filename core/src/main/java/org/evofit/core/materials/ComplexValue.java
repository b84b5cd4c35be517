package org.evofit.core.materials;

/**
 * A complex number as the scattering tables use it: X-ray scattering factors f = f1 − i·f2 and
 * neutron scattering lengths b = b′ + i·b″. Both tables follow the convention that absorption makes the
 * imaginary part negative, so sums of these values can be used in a refractive index without sign
 * changes.
 *
 * @param re real part
 * @param im imaginary part
 */
public record ComplexValue(double re, double im) {

    /** Zero, the start of a sum. */
    public static final ComplexValue ZERO = new ComplexValue(0.0, 0.0);

    /** The sum {@code this + other}. */
    public ComplexValue plus(ComplexValue other) {
        return new ComplexValue(re + other.re, im + other.im);
    }

    /** This value multiplied by a real factor, such as a count of atoms. */
    public ComplexValue times(double factor) {
        return new ComplexValue(re * factor, im * factor);
    }

    /** Written as {@code re+imi} or {@code re-imi}, for messages and logs. */
    @Override
    public String toString() {
        return re + (Math.copySign(1.0, im) < 0 ? "-" : "+") + Math.abs(im) + "i";
    }
}
