package org.evofit.wrapper.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code model.json}: what a report needs to know of the model without the model file, which may have
 * moved by the time the report is made: the kind of model, the quantity and unit of x and y, whether y
 * is best seen on a log scale, the instrument and sample of a reflectivity model or the components of a
 * curve, the data sets and their files, and each parameter's unit.
 *
 * @param kind          {@code reflectivity} or {@code curve}
 * @param source        the model file, or null
 * @param figureOfMerit the figure of merit's name
 * @param x             quantity and unit of x
 * @param y             quantity and unit of y
 * @param logY          whether y is best seen on a log scale
 * @param instrument    a reflectivity model's instrument, else null (left out)
 * @param sample        a reflectivity model's sample, else null (left out)
 * @param components    a curve's components, else null (left out)
 * @param dataSets      the data sets
 * @param units         each parameter's unit by name, in parameter order
 * @param samples       a joint reflectivity model's samples by name, else null (left out)
 * @param instruments   a joint reflectivity model's instruments by name, else null (left out)
 */
@JsonPropertyOrder({"kind", "source", "figureOfMerit", "x", "y", "logY", "instrument", "sample", "components",
        "samples", "instruments", "dataSets", "units"})
public record ModelJson(String kind, String source, String figureOfMerit, Axis x, Axis y, boolean logY,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Instrument instrument,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Sample sample,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Component> components,
                        List<DataSetEntry> dataSets, Map<String, String> units,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Sample> samples,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Instrument> instruments) {

    /** Absent lists and maps read as empty ones; the units, samples and instruments keep their order. */
    public ModelJson {
        dataSets = dataSets == null ? List.of() : List.copyOf(dataSets);
        units = units == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(units));
        samples = samples == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(samples));
        instruments = instruments == null ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
    }

    /** A model of one sample and one instrument, or a curve. */
    public ModelJson(String kind, String source, String figureOfMerit, Axis x, Axis y, boolean logY,
                     Instrument instrument, Sample sample, List<Component> components, List<DataSetEntry> dataSets,
                     Map<String, String> units) {
        this(kind, source, figureOfMerit, x, y, logY, instrument, sample, components, dataSets, units, null, null);
    }

    /**
     * What an axis shows.
     *
     * @param quantity such as {@code Q}, {@code 2θ}, {@code reflectivity}, {@code x}
     * @param unit     its unit, {@code ""} when none
     */
    @JsonPropertyOrder({"quantity", "unit"})
    public record Axis(String quantity, String unit) {
    }

    /**
     * A reflectivity model's instrument.
     *
     * @param probe      the probe's GenX name
     * @param wavelength wavelength, Å
     * @param coords     the x coordinates' GenX name
     * @param resolution the resolution type's GenX name, or {@code accurate <file>}
     * @param footprint  the footprint correction's GenX name
     */
    @JsonPropertyOrder({"probe", "wavelength", "coords", "resolution", "footprint"})
    public record Instrument(String probe, double wavelength, String coords, String resolution, String footprint) {
    }

    /**
     * A reflectivity model's sample.
     *
     * @param ambient   the ambient layer's name
     * @param substrate the substrate layer's name
     * @param stacks    the stacks from top to bottom
     * @param layers    every layer
     */
    @JsonPropertyOrder({"ambient", "substrate", "stacks", "layers"})
    public record Sample(String ambient, String substrate, List<Stack> stacks, List<Layer> layers) {
    }

    /**
     * A stack of layers repeated.
     *
     * @param name        its name
     * @param layers      its layers' names
     * @param repetitions how often it repeats
     */
    @JsonPropertyOrder({"name", "layers", "repetitions"})
    public record Stack(String name, List<String> layers, int repetitions) {
    }

    /**
     * A layer.
     *
     * @param name        its name
     * @param kind        how its SLD is given, lower case
     * @param composition its chemical formula, or null
     */
    @JsonPropertyOrder({"name", "kind", "composition"})
    public record Layer(String name, String kind, String composition) {
    }

    /**
     * A curve's component.
     *
     * @param name       its name
     * @param kind       its kind, or null when unknown (a model script's components)
     * @param degree     a polynomial's degree, else null
     * @param expression an expression component's expression, else null
     * @param parameters its own parameters' names, without the component prefix
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "kind", "degree", "expression", "parameters"})
    public record Component(String name, String kind, Integer degree, String expression, List<String> parameters) {
    }

    /**
     * A data set.
     *
     * @param name   its name
     * @param file   the file it was read from, or null
     * @param points its number of points
     * @param errors     whether it has errors
     * @param sample     in a joint reflectivity model, the sample that produces it, else null (left out)
     * @param instrument in a joint reflectivity model, the instrument that measured it, else null (left out)
     * @param channel    for polarised neutrons, the spin channel it measures ({@code ++}, ...), else null (left out)
     */
    @JsonPropertyOrder({"name", "file", "points", "errors", "sample", "instrument", "channel"})
    public record DataSetEntry(String name, String file, int points, boolean errors,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String sample,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String instrument,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String channel) {

        /** A data set of a model with one sample and instrument, or of a curve. */
        public DataSetEntry(String name, String file, int points, boolean errors) {
            this(name, file, points, errors, null, null, null);
        }
    }

    /** The text of model.json (written without databind's set-up, see {@link ModelJsonText}). */
    public String format() {
        return ModelJsonText.of(this);
    }

    /** The same content as a JSON tree (the .ort header embeds it). */
    public com.fasterxml.jackson.databind.node.ObjectNode toTree() {
        return JsonFiles.PLAIN.valueToTree(this);
    }

    /** Reads model.json. */
    public static ModelJson read(Path file) {
        return JsonFiles.read(JsonFiles.PLAIN, file, ModelJson.class);
    }
}
