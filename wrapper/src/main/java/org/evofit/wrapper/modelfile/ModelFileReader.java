package org.evofit.wrapper.modelfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.evofit.core.data.DataSet;
import org.evofit.core.expr.ExpressionCompiler;
import org.evofit.core.expr.ExpressionException;
import org.evofit.core.fit.ExcludedPoints;
import org.evofit.core.fit.FitProblem;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.CouplingException;
import org.evofit.core.param.Parameter;
import org.evofit.wrapper.model.DataReplacement;
import org.evofit.wrapper.model.ModelDefinition;
import org.evofit.wrapper.doc.DocumentReader;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.Location;
import org.evofit.wrapper.doc.MapEntry;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.Node;
import org.evofit.wrapper.doc.ScalarNode;
import org.evofit.wrapper.model.ModelLayout;

/**
 * Turns a model file into a {@link ModelDefinition}. Every check happens here, before anything runs,
 * and every mistake is reported at the line and column where it was written.
 */
public final class ModelFileReader {

    private static final Set<String> KEYS = Set.of("kind", "description", "components", "instrument", "layers",
            "sample", "variables", "parameters", "couplings", "data", "fom", "optimizer", JointSpecs.SAMPLES,
            JointSpecs.INSTRUMENTS);
    private static final String DEFAULT_FOM = "log";

    private ModelFileReader() {
    }

    /** Reads and checks the model file. */
    public static ModelDefinition read(Path file) {
        return read(file, DataReplacement.NONE);
    }

    /**
     * Reads and checks the model file, its first data set read from {@code firstDataFile} instead
     * of the file it names ({@code null}: the named file).
     */
    public static ModelDefinition read(Path file, Path firstDataFile) {
        return read(file, DataReplacement.first(firstDataFile));
    }

    /** Reads and checks the model file, its data sets read from the files {@code replacement} gives instead. */
    public static ModelDefinition read(Path file, DataReplacement replacement) {
        MapNode root = OrtChannels.expand(DocumentReader.read(file).asMap().rejectUnknownKeys(KEYS),
                file.toAbsolutePath().getParent());
        String kind = root.string("kind");
        DeclaredModel model = switch (kind) {
            case "curve" -> ComponentSpecs.read(root.list("components"));
            case "reflectivity" -> JointSpecs.isJoint(root) ? JointSpecs.read(root) : ReflectivitySpecs.read(root);
            default -> throw root.required("kind").error("unknown model kind '" + kind
                    + "'; expected curve or reflectivity");
        };
        List<Parameter> declared = model.parameters();
        Map<String, Parameter> parameters = byName(declared);
        root.optionalMap("variables").ifPresent(v -> readVariables(v, parameters, kind.equals("curve")));
        root.optionalMap("parameters").ifPresent(p -> readOverrides(p, parameters, model::check));
        List<Node> couplingNodes = new ArrayList<>();
        List<Coupling> couplings = root.optionalList("couplings")
                .map(list -> readCouplings(list, couplingNodes)).orElse(List.of());
        checkCoupledNotFitted(couplings, couplingNodes, parameters);

        Path directory = file.toAbsolutePath().getParent();
        ListNode dataNode = root.list("data");
        if (!model.joint()) {
            JointSpecs.rejectBindings(dataNode);
        }
        DataSpecs.Read read = DataSpecs.read(dataNode, directory, replacement, model::axis);
        List<DataSet> data = read.dataSets();
        model.checkData(data, dataNode);
        Node fomNode = root.optional("fom").orElse(null);
        FigureOfMerit fom = readFom(fomNode, data, read.unusableErrors());
        FitSettings settings = root.optionalMap("optimizer").map(OptimizerSpecs::read)
                .orElse(FitSettings.defaults());

        requireMorePointsThanFree(parameters.values(), data, fom, dataNode);
        try {
            List<Parameter> all = new ArrayList<>(parameters.values());
            // The model holds its parameters (the first ones); the variables follow.
            List<Parameter> held = all.subList(0, declared.size());
            List<Parameter> variables = all.subList(declared.size(), all.size());
            List<String> variableNames = variables.stream().map(Parameter::name).toList();
            ParameterizedModel built = model.model(held, variableNames);
            PointWavelengths.check(built, data, dataNode);
            FitProblem problem = FitProblem.create(built, variables, couplings, data, fom);
            return new ModelDefinition(file, problem, settings, read.sources(),
                    new ModelLayout(model.structure(), couplings, read.origins()));
        } catch (CouplingException e) {
            throw located(couplingNodes.get(e.couplingIndex()), e.position(), e.getMessage());
        }
    }

    /** The parameters by name, in their order (the variables and overrides are read into it). */
    private static Map<String, Parameter> byName(List<Parameter> declared) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Parameter p : declared) {
            parameters.put(p.name(), p);
        }
        return parameters;
    }

    /**
     * Refuses a fit with no more data points in range than free parameters; points the figure of merit
     * cannot use (an ORSO file's nan rows, say) do not count.
     */
    private static void requireMorePointsThanFree(Collection<Parameter> parameters, List<DataSet> data,
                                                  FigureOfMerit fom, ListNode dataNode) {
        long free = parameters.stream().filter(Parameter::fit).count();
        int points = 0;
        int excluded = 0;
        for (DataSet d : data) {
            ExcludedPoints counts = ExcludedPoints.of(d, fom);
            points += counts.points();
            excluded += counts.excluded();
        }
        if (points - excluded <= free) {
            String unusable = excluded == 0 ? "" : " (and " + excluded + " the figure of merit " + fom.name()
                    + " cannot use)";
            throw dataNode.error("the fit has " + free + " free parameters but only " + (points - excluded)
                    + " data points in range" + unusable + "; expected more points than free parameters");
        }
    }

    private static void readVariables(MapNode map, Map<String, Parameter> parameters, boolean curve) {
        for (MapEntry e : map.entries()) {
            if (!ExpressionCompiler.isName(e.key()) || e.key().contains(".")) {
                throw e.value().error("expected a variable name of letters, digits and '_' but found '" + e.key() + "'");
            }
            if (curve && e.key().equals("x")) {
                // A curve's expressions read x as the abscissa, so they could never see this variable.
                throw e.value().error("variable x has the name of the curve's abscissa, which expressions read"
                        + " as x; expected another name");
            }
            if (parameters.containsKey(e.key())) {
                throw e.value().error("variable " + e.key() + " has the name of another parameter");
            }
            parameters.put(e.key(), ParameterSpecs.read(e.key(), e.value()));
        }
    }

    /**
     * Reads {@code parameters:}; in a reflectivity model each is checked ({@code check}) as the layer or stack it
     * belongs to checks it (a thickness cannot be negative), at the override's line.
     */
    private static void readOverrides(MapNode map, Map<String, Parameter> parameters, UnaryOperator<Parameter> check) {
        for (MapEntry e : map.entries()) {
            if (!parameters.containsKey(e.key())) {
                throw e.value().error("unknown parameter '" + e.key() + "'; expected one of "
                        + String.join(", ", parameters.keySet()));
            }
            Parameter p = ParameterSpecs.read(e.key(), e.value());
            parameters.put(e.key(), ParameterSpecs.at(e.value(), () -> check.apply(p)));
        }
    }

    private static List<Coupling> readCouplings(ListNode list, List<Node> nodes) {
        List<Coupling> out = new ArrayList<>();
        for (Node item : list.items()) {
            ScalarNode scalar = item.asScalar();
            String line = scalar.asString();
            try {
                out.add(Coupling.parse(line));
            } catch (ExpressionException e) {
                throw located(item, e.position(), e.getMessage());
            }
            nodes.add(item);
        }
        return out;
    }

    private static void checkCoupledNotFitted(List<Coupling> couplings, List<Node> nodes,
                                              Map<String, Parameter> parameters) {
        for (int i = 0; i < couplings.size(); i++) {
            Parameter target = parameters.get(couplings.get(i).target());
            if (target != null && target.fit()) {
                throw located(nodes.get(i), couplings.get(i).targetOffset(), "parameter " + target.name()
                        + " is set by this coupling, so it cannot also be fitted; give it a fixed value");
            }
        }
    }

    /** The figure of merit, refused when it divides by errors that some data set lacks or has unusable. */
    private static FigureOfMerit readFom(Node node, List<DataSet> data, List<UnusableError> unusableErrors) {
        if (node == null) {
            return FiguresOfMerit.byName(DEFAULT_FOM, NonFinitePolicy.IGNORE);
        }
        String name;
        NonFinitePolicy policy = NonFinitePolicy.IGNORE;
        Node nameNode = node;
        if (node instanceof MapNode map) {
            map.rejectUnknownKeys(Set.of("name", "nonFinite"));
            name = map.string("name");
            nameNode = map.required("name");
            if (map.has("nonFinite")) {
                String p = map.string("nonFinite");
                policy = switch (p.toLowerCase(Locale.ROOT)) {
                    case "ignore" -> NonFinitePolicy.IGNORE;
                    case "fail" -> NonFinitePolicy.FAIL;
                    default -> throw map.required("nonFinite").error("expected ignore or fail but found '" + p + "'");
                };
            }
        } else {
            name = node.asScalar().asString();
        }
        NonFinitePolicy chosen = policy;
        FigureOfMerit fom = ParameterSpecs.at(nameNode, () -> FiguresOfMerit.byName(name, chosen));
        if (fom.needsErrors()) {
            for (DataSet d : data) {
                if (!d.hasErrors()) {
                    throw nameNode.error("figure of merit " + name + " weights by errors, but data set "
                            + d.name() + " has none; give columns: {error: N}");
                }
            }
            if (!unusableErrors.isEmpty()) {
                throw unusableErrors.get(0).refusal(fom.name());
            }
        }
        if (policy == NonFinitePolicy.FAIL) {
            requireUsablePoints(((MapNode) node).required("nonFinite"), fom, data);
        }
        return fom;
    }

    /**
     * Under {@code nonFinite: fail} a point the figure of merit cannot use makes every candidate's figure
     * of merit NaN, so the fit could never rank one candidate above another.
     */
    private static void requireUsablePoints(Node fomNode, FigureOfMerit fom, List<DataSet> data) {
        for (DataSet d : data) {
            ExcludedPoints counts = ExcludedPoints.of(d, fom);
            if (counts.any()) {
                throw fomNode.error("nonFinite: fail makes the figure of merit NaN for every candidate: "
                        + counts.excluded() + " of the " + counts.points() + " points of data set " + d.name()
                        + " have a value or error " + fom.name() + " cannot use (NaN, infinite, or 0 or less"
                        + " where it takes a logarithm or divides by the error); expected nonFinite: ignore,"
                        + " which leaves them out of the fit");
            }
        }
    }

    /**
     * An error at a character of a scalar's text. The column is exact for plain and quoted scalars
     * written on one line, which is how couplings are written.
     */
    /** An error at a character of the text at {@code node} (counted from 0; the quote is skipped). */
    static ModelFileException located(Node node, int position, String message) {
        Location at = node.location();
        int offset = position < 0 ? 0 : position + (node instanceof ScalarNode s && s.quoted() ? 1 : 0);
        return new ModelFileException(at.file(), at.line(), at.column() + offset, message);
    }
}
