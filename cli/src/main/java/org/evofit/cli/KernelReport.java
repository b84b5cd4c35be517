package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.evofit.core.refl.KernelImplementation;
import org.evofit.core.refl.KernelTiming;
import org.evofit.core.refl.SmearingTiming;
import org.evofit.core.refl.sample.SmearingModeTiming;

/** Prints the kernel benchmark as a table and as JSON. */
final class KernelReport {

    private KernelReport() {
    }

    static void add(ObjectNode root, StringBuilder table, List<KernelTiming> kernel, List<SmearingTiming> smearing,
            List<SmearingModeTiming> modes) {
        addKernel(root, table, kernel);
        addSmearing(root, table, smearing);
        addModes(root, table, modes);
    }

    /** Each resolution mode's cost per simulated curve beside fast conv's, measured in the same run. */
    private static void addModes(ObjectNode root, StringBuilder table, List<SmearingModeTiming> modes) {
        ArrayNode m = root.putArray("resolutionModes");
        table.append("resolution modes on examples/neutron-film's data (300 points, 1250 A film), ns per curve "
                + "and cost relative to fast conv\n");
        for (SmearingModeTiming t : modes) {
            m.addObject().put("mode", t.mode()).put("points", t.points()).put("ns", t.nanos())
                    .put("kernelPoints", t.kernelEvaluations()).put("fastConvNs", t.fastConvNanos())
                    .put("costRelativeToFastConv", t.costRatio());
            table.append(String.format(Locale.ROOT, "%30s %,12.0f ns (%5d kernel points): %6.2fx fast conv%n",
                    t.mode(), t.nanos(), t.kernelEvaluations(), t.costRatio()));
        }
    }

    /**
     * The kernel timings: JSON names the production kernel and lists every implementation's figure;
     * the table has a column per implementation, the production one first and marked.
     */
    private static void addKernel(ObjectNode root, StringBuilder table, List<KernelTiming> kernel) {
        root.put("productionKernel", KernelImplementation.PRODUCTION.label());
        ArrayNode kinds = root.putArray("kernels");
        List<KernelImplementation> order = kernel.stream().map(KernelTiming::implementation).distinct().toList();
        for (KernelImplementation implementation : order) {
            kinds.addObject().put("name", implementation.label())
                    .put("production", implementation == KernelImplementation.PRODUCTION)
                    .put("usedBy", implementation.usedBy());
        }
        ArrayNode k = root.putArray("kernel");
        table.append("reflectivity kernels, single-threaded (ns per Q point x layer); * = production kernel\n");
        table.append(String.format(Locale.ROOT, "%-12s %7s %10s %7s", "stack", "layers", "absorbing", "points"));
        for (KernelImplementation implementation : order) {
            String name = implementation.label() + (implementation == KernelImplementation.PRODUCTION ? "*" : "");
            table.append(String.format(Locale.ROOT, " %10s", name));
        }
        table.append(System.lineSeparator());
        for (int row = 0; row < kernel.size(); row += order.size()) {
            KernelTiming first = kernel.get(row);
            table.append(String.format(Locale.ROOT, "%-12s %7d %10s %7d", first.stack(), first.layers(),
                    first.absorbing() ? "yes" : "no", first.points()));
            for (KernelTiming t : kernel.subList(row, Math.min(kernel.size(), row + order.size()))) {
                k.addObject().put("implementation", t.implementation().label()).put("production", t.production())
                        .put("stack", t.stack()).put("layers", t.layers()).put("absorbing", t.absorbing()).put("points", t.points())
                        .put("nsPerPointLayer", t.nsPerPointLayer());
                table.append(String.format(Locale.ROOT, " %10.2f", t.nsPerPointLayer()));
            }
            table.append(System.lineSeparator());
        }
        table.append(order.stream().map(i -> i.label() + ": " + i.usedBy())
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
    }

    private static void addSmearing(ObjectNode root, StringBuilder table, List<SmearingTiming> smearing) {
        ArrayNode s = root.putArray("smearing");
        table.append("resolution smearing, default vs 17-point Gauss-Legendre quadrature (ns per curve)\n");
        for (SmearingTiming t : smearing) {
            ObjectNode n = s.addObject();
            n.put("layers", t.layers());
            n.put("points", t.points());
            n.put("defaultNs", t.defaultNanos());
            n.put("defaultKernelPoints", t.defaultNodes());
            n.put("quadrature17Ns", t.baselineNanos());
            n.put("quadrature17KernelPoints", t.baselineNodes());
            n.put("costRatio", t.costRatio());
            table.append(String.format(Locale.ROOT, "%7d layers %6d points: default %,12.0f ns (%d kernel points), "
                            + "17-point %,12.0f ns (%d): %.2fx the cost%n", t.layers(), t.points(), t.defaultNanos(),
                    t.defaultNodes(), t.baselineNanos(), t.baselineNodes(), t.costRatio()));
        }
    }
}
