package org.evofit.core.refl.sample;

import java.util.function.ToDoubleFunction;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.GenxInstrument;

/**
 * The instrument's quantities that are parameters (so they can be fitted or coupled): the one place
 * that names them, gives their units, meanings, defaults and where a model file writes them. The
 * instrument's choices (probe, coordinates, resolution and footprint modes, resolution points and
 * range) are not parameters and not listed here.
 *
 * <p>Quantity {@code q} is the parameter {@code inst.<key>}, for example {@code inst.I0} (a model with several
 * named instruments names each one's {@code <instrument>.<key>}, such as {@code xray.I0}); its GenX name
 * (the {@code model.Instrument(...)} keyword) is its key and GenX's setter is {@code set} + the key
 * with a capital, such as {@code setI0}.
 */
public enum InstrumentQuantity {

    /** Wavelength. */
    WAVELENGTH("wavelength", "Å", "wavelength", Section.INSTRUMENT, "wavelength", Least.POSITIVE,
            GenxInstrument::wavelength),
    /** Incident intensity: the scale of the reflectivity. */
    I0("I0", "", "incident intensity (scale)", Section.INSTRUMENT, "I0", Least.ANY, GenxInstrument::i0),
    /** Constant background added last. */
    IBKG("Ibkg", "", "constant background", Section.INSTRUMENT, "Ibkg", Least.ANY, GenxInstrument::ibkg),
    /** Offset added to every point's 2θ. */
    TTHOFF("tthoff", "deg", "2θ offset", Section.INSTRUMENT, "tthoff", Least.ANY, GenxInstrument::tthoff),
    /** Resolution width: one standard deviation in x units, or the factor of x in the relative modes. */
    RES("res", null, "resolution, 1σ", Section.RESOLUTION, "sigma", Least.NON_NEGATIVE, GenxInstrument::resSigma),
    /** Beam width (GenX's beamw). */
    BEAMW("beamw", "mm", "beam width", Section.FOOTPRINT, "beamw", Least.NON_NEGATIVE, GenxInstrument::beamw),
    /** Sample length. */
    SAMPLELEN("samplelen", "mm", "sample length", Section.FOOTPRINT, "samplelen", Least.NON_NEGATIVE,
            GenxInstrument::samplelen);

    /** The name of a model's only instrument, which its parameter names start with. */
    public static final String DEFAULT_INSTRUMENT = "inst";
    /** Prefix of the parameter names of a model's only instrument. */
    public static final String PREFIX = DEFAULT_INSTRUMENT + ".";

    /** The least value a quantity can take: any, 0 or more, or more than 0. */
    enum Least {
        /** Any value. */
        ANY,
        /** 0 or more: a width or a length. */
        NON_NEGATIVE,
        /** More than 0: a wavelength. */
        POSITIVE
    }

    /** Where in a model file's {@code instrument:} a quantity is written. */
    public enum Section {
        /** Directly under {@code instrument:}. */
        INSTRUMENT,
        /** Under {@code instrument: resolution:}. */
        RESOLUTION,
        /** Under {@code instrument: footprint:}. */
        FOOTPRINT
    }

    private final String key;
    private final String unit;
    private final String meaning;
    private final Section section;
    private final String fileKey;
    private final Least least;
    private final ToDoubleFunction<GenxInstrument> value;

    InstrumentQuantity(String key, String unit, String meaning, Section section, String fileKey, Least least,
                       ToDoubleFunction<GenxInstrument> value) {
        this.key = key;
        this.unit = unit;
        this.meaning = meaning;
        this.section = section;
        this.fileKey = fileKey;
        this.least = least;
        this.value = value;
    }

    /**
     * The least value of this quantity of the instrument called {@code instrument}, saying what it is, or
     * {@code null} when it may take any value (a background or an offset may be negative).
     */
    public Minimum minimumOf(String instrument) {
        return least == Least.ANY ? null
                : new Minimum(0, least == Least.POSITIVE, meaning + ", instrument " + instrument);
    }

    /**
     * {@code p}, the parameter of this quantity of the instrument called {@code instrument}, refused when its
     * value or a fitted one's min is below the quantity's minimum (a negative resolution width or beam width,
     * a wavelength that is not positive), whoever made it: a model file, the API's builders or a sweep.
     *
     * @throws IllegalArgumentException naming the parameter, the quantity and the value or bound
     */
    public Parameter check(Parameter p, String instrument) {
        Minimum m = minimumOf(instrument);
        return m == null ? p : p.requireAtLeast(m);
    }

    /** The suffix of the parameter name and GenX's keyword, such as {@code I0}. */
    public String key() {
        return key;
    }

    /** What the quantity is, in a few words. */
    public String meaning() {
        return meaning;
    }

    /** Where a model file writes it. */
    public Section section() {
        return section;
    }

    /** Its key within its section of a model file, such as {@code sigma} for the resolution. */
    public String fileKey() {
        return fileKey;
    }

    /** The parameter name, such as {@code inst.I0}. */
    public String parameterName() {
        return parameterName(DEFAULT_INSTRUMENT);
    }

    /** The parameter name of this quantity of the instrument called {@code instrument}, such as {@code xray.I0}. */
    public String parameterName(String instrument) {
        return instrument + "." + key;
    }

    /** This quantity as a fixed, unbounded parameter. */
    public Parameter fixed(double value) {
        return fixed(DEFAULT_INSTRUMENT, value);
    }

    /** This quantity of the instrument called {@code instrument} as a fixed, unbounded parameter. */
    public Parameter fixed(String instrument, double value) {
        return Parameter.fixed(parameterName(instrument), value);
    }

    /** This quantity as a parameter fitted between {@code min} and {@code max}. */
    public Parameter fitted(double value, double min, double max) {
        return Parameter.fitted(parameterName(), value, min, max);
    }

    /** GenX's setter suffix, such as {@code I0} of {@code setI0} or {@code Res} of {@code setRes}. */
    public String genxSetter() {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** Its value on an instrument: the start value when nothing else sets it. */
    public double valueOf(GenxInstrument instrument) {
        return value.applyAsDouble(instrument);
    }

    /**
     * The unit, as result files and reports print it ({@code ""} when dimensionless).
     *
     * @param coords   what the data's x is (the resolution is in x units)
     * @param relative whether the resolution is relative (a factor of x, no unit)
     */
    public String unit(Coordinates coords, boolean relative) {
        if (unit != null) {
            return unit;
        }
        return relative ? "" : xUnit(coords);
    }

    /** The unit of a reflectivity data set's x values. */
    public static String xUnit(Coordinates coords) {
        return coords == Coordinates.Q ? "1/Å" : "deg";
    }

    /** The quantity with this key, or {@code null}. */
    public static InstrumentQuantity byKey(String key) {
        for (InstrumentQuantity q : values()) {
            if (q.key.equals(key)) {
                return q;
            }
        }
        return null;
    }

    /** The quantity GenX's setter suffix names ({@code Res}, {@code I0}, ...), or {@code null}. */
    public static InstrumentQuantity byGenxSetter(String suffix) {
        for (InstrumentQuantity q : values()) {
            if (q.genxSetter().equals(suffix)) {
                return q;
            }
        }
        return null;
    }
}
