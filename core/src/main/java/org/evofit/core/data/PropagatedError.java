package org.evofit.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evofit.core.expr.PowerProduct;

/**
 * The 1-sigma error of a y computed from counted columns when the file gives no error column.
 *
 * <p>The rule, for y a constant times a product of powers of columns ({@code c3 / c1},
 * {@code 2 * c3 / (c1 * c2)}): the counts are the first column with a positive power and carry their
 * Poisson error sqrt(counts). When y is exactly counts over one other column ({@code c3 / c1}), that
 * column is a monitor and carries its own Poisson error too, so sigma = |y| sqrt(1/counts + 1/monitor)
 * (what GenX writes as {@code sqrt(1.0/det + 1.0/mon)*det/mon}). Every other column (a counting time,
 * an attenuation factor) is taken as exact. First-order propagation then gives
 * sigma = |y| sqrt(sum of power^2 / value over the Poisson columns). Any other y needs an {@code error:}.
 *
 * @param poisson the Poisson columns and their powers in y
 * @param note    the rule as applied, for the load's notes
 */
record PropagatedError(Map<Integer, Double> poisson, String note) {

    /**
     * The propagation for {@code y}, or empty when y is not a product of powers of columns with counts in it.
     */
    static Optional<PropagatedError> of(String y) {
        Optional<PowerProduct> product = PowerProduct.of(y);
        if (product.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> powers = product.get().powers();
        String counts = powers.entrySet().stream().filter(p -> p.getValue() > 0).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (counts == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(counts));
        String monitor = null;
        if (powers.size() == 2 && powers.get(counts) == 1) {
            String other = powers.keySet().stream().filter(n -> !n.equals(counts)).findFirst().orElseThrow();
            if (powers.get(other) == -1) {
                monitor = other;
                names.add(other);
            }
        }
        Map<Integer, Double> poisson = new java.util.LinkedHashMap<>();
        for (String name : names) {
            poisson.put(ColumnTerm.columnOf(name), powers.get(name));
        }
        String note = "error of y = " + y.strip() + " propagated from Poisson counts " + counts
                + (monitor == null ? "" : " and monitor " + monitor)
                + (powers.size() > names.size() ? ", other columns taken as exact" : "")
                + ": sigma = |y| sqrt(" + terms(poisson) + ")";
        return Optional.of(new PropagatedError(Map.copyOf(poisson), note));
    }

    private static String terms(Map<Integer, Double> poisson) {
        List<String> out = new ArrayList<>();
        poisson.forEach((column, power) -> {
            double squared = power * power;
            out.add((squared == 1 ? "1" : String.valueOf(squared)) + "/c" + column);
        });
        return String.join(" + ", out);
    }

    /** The error of {@code y} in a row whose columns stand at their indices in {@code row}. */
    double error(double y, double[] row) {
        double relativeSquared = 0;
        for (Map.Entry<Integer, Double> p : poisson.entrySet()) {
            relativeSquared += p.getValue() * p.getValue() / row[p.getKey()];
        }
        return Math.abs(y) * Math.sqrt(relativeSquared);
    }
}
