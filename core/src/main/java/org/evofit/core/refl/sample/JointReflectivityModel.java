package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.DataSet;
import org.evofit.core.model.ModelEvaluator;
import org.evofit.core.model.ParameterizedModel;
import org.evofit.core.param.Minimum;
import org.evofit.core.param.Parameter;
import org.evofit.core.refl.SldProfile;

/**
 * Several samples seen through several instruments, fitted together (co-refinement: contrast
 * variation, X-ray and neutron data of one sample): each data set is produced by one
 * {@link JointPart}. A parameter is shared by being the same parameter: the parts' parameters are
 * joined by name, so a layer that two samples use, or a coupling that reads one sample's parameter
 * and sets another's, acts on every data set that sees it.
 *
 * <p>The model's slots are the distinct parameters in the order the parts first name them, then the
 * user's variables. Each part keeps its own slot order; an evaluation copies the slots a part reads
 * into that part's own values before asking it, which costs one pass over its parameters and
 * allocates nothing.
 */
public final class JointReflectivityModel implements ParameterizedModel {

    private final List<JointPart> parts;
    private final int[] partOfDataSet;
    private final List<Parameter> parameters;
    private final List<String> variables;
    /** Per part, the joint slot of each of its own slots (its parameters, then the variables). */
    private final int[][] slots;

    /**
     * The joint model of {@code parts}, data set {@code k} produced by {@code parts.get(partOfDataSet[k])}.
     *
     * @throws IllegalArgumentException when a part is unused or missing, the parts read different
     *                                  variables, or two parts hold a parameter of one name with a
     *                                  different value, bounds or fit flag
     */
    public JointReflectivityModel(List<JointPart> parts, int[] partOfDataSet) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a joint model needs at least one sample and instrument");
        }
        this.parts = List.copyOf(parts);
        this.partOfDataSet = partOfDataSet.clone();
        boolean[] used = new boolean[parts.size()];
        for (int p : partOfDataSet) {
            if (p < 0 || p >= parts.size()) {
                throw new IllegalArgumentException("a data set names part " + p + " of " + parts.size());
            }
            used[p] = true;
        }
        for (int p = 0; p < used.length; p++) {
            if (!used[p]) {
                throw new IllegalArgumentException("no data set is produced by " + parts.get(p).describe());
            }
        }
        this.variables = parts.get(0).model().variables();
        Map<String, Parameter> joined = new LinkedHashMap<>();
        Map<String, JointPart> firstHolder = new LinkedHashMap<>();
        for (JointPart part : this.parts) {
            if (!part.model().variables().equals(variables)) {
                throw new IllegalArgumentException(part.describe() + " reads the variables "
                        + part.model().variables() + " but the others " + variables);
            }
            for (Parameter p : part.model().parameters()) {
                Parameter before = joined.putIfAbsent(p.name(), p);
                firstHolder.putIfAbsent(p.name(), part);
                if (before != null && !before.equals(p)) {
                    throw new IllegalArgumentException("parameter " + p.name() + " is " + before + " in "
                            + firstHolder.get(p.name()).describe() + " but " + p + " in " + part.describe());
                }
            }
        }
        this.parameters = List.copyOf(joined.values());
        List<String> names = new ArrayList<>(joined.keySet());
        this.slots = new int[this.parts.size()][];
        for (int k = 0; k < slots.length; k++) {
            List<Parameter> own = this.parts.get(k).model().parameters();
            slots[k] = new int[own.size() + variables.size()];
            for (int i = 0; i < own.size(); i++) {
                slots[k][i] = names.indexOf(own.get(i).name());
            }
            for (int v = 0; v < variables.size(); v++) {
                slots[k][own.size() + v] = names.size() + v;
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Every part's minimums: a layer the parts share has the same quantities in each. */
    @Override
    public Map<String, Minimum> minimums() {
        Map<String, Minimum> out = new LinkedHashMap<>();
        parts.forEach(part -> part.model().minimums().forEach(out::putIfAbsent));
        return out;
    }

    /** The parts, in the order data sets refer to them. */
    public List<JointPart> parts() {
        return parts;
    }

    /** The part that produces data set {@code dataSetIndex}. */
    public JointPart partOf(int dataSetIndex) {
        return parts.get(partOfDataSet[dataSetIndex]);
    }

    /** How many data sets the model produces. */
    public int dataSetCount() {
        return partOfDataSet.length;
    }

    /**
     * The same model holding {@code changed} (same names, same order as {@link #parameters()}), each part
     * taking the ones it reads.
     *
     * @throws IllegalArgumentException when the names differ
     */
    @Override
    public JointReflectivityModel withParameters(List<Parameter> changed) {
        List<String> expected = parameters.stream().map(Parameter::name).toList();
        List<String> names = changed.stream().map(Parameter::name).toList();
        if (!names.equals(expected)) {
            throw new IllegalArgumentException("expected the parameters " + expected + " but got " + names);
        }
        List<JointPart> changedParts = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            List<Parameter> own = new ArrayList<>();
            int count = parts.get(k).model().parameters().size();
            for (int i = 0; i < count; i++) {
                own.add(changed.get(slots[k][i]));
            }
            changedParts.add(parts.get(k).with(parts.get(k).model().withParameters(own)));
        }
        return new JointReflectivityModel(changedParts, partOfDataSet);
    }

    /** Every parameter's unit, by name, as its part's model gives it ({@link ReflectivityModel#units()}). */
    public Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        parts.forEach(part -> part.model().units().forEach(units::putIfAbsent));
        return units;
    }

    /** The names of the samples, in the order the parts first name them. */
    public List<String> samples() {
        return parts.stream().map(JointPart::sample).distinct().toList();
    }

    /**
     * The SLD profile of the named sample at these values (the joint slots), as the instrument of the
     * first part that sees it sees it (a material layer's SLD depends on the probe).
     *
     * @throws IllegalArgumentException for a sample no part names
     */
    public SldProfile profile(String sample, double[] values, int points) {
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).sample().equals(sample)) {
                double[] own = new double[slots[k].length];
                gather(k, values, own);
                return parts.get(k).model().profile(own, points);
            }
        }
        throw new IllegalArgumentException("no sample '" + sample + "'; expected one of " + samples());
    }

    private void gather(int part, double[] values, double[] own) {
        int[] map = slots[part];
        for (int i = 0; i < map.length; i++) {
            own[i] = values[map[i]];
        }
    }

    /**
     * One thread's evaluator. The parts of one sample and instrument (a polarised measurement's channels)
     * share their spin cross sections ({@link CrossSections}): each candidate runs the magnetic kernel once
     * for all of them, and each channel only mixes the four with its efficiencies.
     */
    @Override
    public ModelEvaluator newEvaluator() {
        return newEvaluator(new HashMap<>());
    }

    /** As {@link #newEvaluator()}, the shared cross sections taken from, or put into, {@code shared}. */
    ModelEvaluator newEvaluator(Map<List<String>, CrossSections> shared) {
        ModelEvaluator[] evaluators = new ModelEvaluator[parts.size()];
        double[][] own = new double[parts.size()][];
        for (int k = 0; k < evaluators.length; k++) {
            JointPart part = parts.get(k);
            evaluators[k] = part.model().newEvaluator(shared.computeIfAbsent(
                    List.of(part.sample(), part.instrument()), key -> new CrossSections()));
            own[k] = new double[slots[k].length];
        }
        return (values, dataSetIndex, data, out) -> evaluate(evaluators, own, values, dataSetIndex, data, out);
    }

    private void evaluate(ModelEvaluator[] evaluators, double[][] own, double[] values, int dataSetIndex,
                          DataSet data, double[] out) {
        if (dataSetIndex >= partOfDataSet.length) {
            throw new IllegalStateException("the joint model produces " + partOfDataSet.length
                    + " data sets, not data set " + (dataSetIndex + 1));
        }
        int part = partOfDataSet[dataSetIndex];
        gather(part, values, own[part]);
        evaluators[part].evaluate(own[part], dataSetIndex, data, out);
    }
}
