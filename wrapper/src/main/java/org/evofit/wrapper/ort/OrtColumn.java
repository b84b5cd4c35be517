package org.evofit.wrapper.ort;

/**
 * The description of one column of an ORSO data block, as written in the header's {@code columns:}
 * list. A column is either a quantity ({@code name}, {@code unit}, {@code physical_quantity}) or
 * the error of another column ({@code error_of}, {@code error_type}, {@code value_is},
 * {@code distribution}); every field is {@code null} when the file does not give it, so the
 * format's defaults are not mistaken for something the file said.
 *
 * @param name             short name such as {@code Qz}, or {@code null} (usual for error columns)
 * @param unit             unit such as {@code 1/angstrom}; {@code null} when not given
 * @param physicalQuantity plain name of the quantity, or {@code null}
 * @param errorOf          name of the column this one is the error of; {@code null} for a quantity
 * @param errorType        {@code uncertainty} or {@code resolution}, or {@code null} (the format's
 *                         default is uncertainty)
 * @param valueIs          {@code sigma} or {@code FWHM}, or {@code null} (default sigma)
 * @param distribution     {@code gaussian}, {@code uniform}, {@code triangular},
 *                         {@code rectangular} or {@code lorentzian}, or {@code null} (default
 *                         gaussian)
 */
public record OrtColumn(String name, String unit, String physicalQuantity, String errorOf,
                        String errorType, String valueIs, String distribution) {

    /** A quantity column. */
    public static OrtColumn quantity(String name, String unit, String physicalQuantity) {
        return new OrtColumn(name, unit, physicalQuantity, null, null, null, null);
    }

    /** Whether this column holds the error of another column. */
    public boolean isError() {
        return errorOf != null;
    }

    /**
     * The label of the column for messages and the one-line column summary above the data:
     * its name, or for an unnamed error column {@code s} and the name of its quantity
     * ({@code sR}, {@code sQz}), as the format's examples write it.
     */
    public String label() {
        if (name != null) {
            return name;
        }
        return isError() ? "s" + errorOf : "?";
    }

    /** Whether the values are full widths at half maximum rather than standard deviations. */
    public boolean isFwhm() {
        return "fwhm".equalsIgnoreCase(valueIs);
    }
}
