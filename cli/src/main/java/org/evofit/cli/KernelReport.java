package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.evofit.core.refl.KernelTiming;
import org.evofit.core.refl.SmearingTiming;

/** Prints the kernel benchmark as a table and as JSON. */
final class KernelReport {

    private KernelReport() {
    }

    static void add(ObjectNode root, StringBuilder table, List<KernelTiming> kernel, List<SmearingTiming> smearing) {
        ArrayNode k = root.putArray("kernel");
        table.append("reflectivity kernel, single-threaded (ns per Q point x layer)\n");
        table.append(String.format(Locale.ROOT, "%7s %10s %7s %12s %16s %8s%n", "layers", "absorbing", "points",
                "evofit", "plain Java", "ratio"));
        for (KernelTiming t : kernel) {
            ObjectNode n = k.addObject();
            n.put("layers", t.layers());
            n.put("absorbing", t.absorbing());
            n.put("points", t.points());
            n.put("nsPerPointLayer", t.nsPerPointLayer());
            n.put("baselineNsPerPointLayer", t.baselineNsPerPointLayer());
            table.append(String.format(Locale.ROOT, "%7d %10s %7d %12.2f %16.2f %7.2fx%n", t.layers(),
                    t.absorbing() ? "yes" : "no", t.points(),
                    t.nsPerPointLayer(), t.baselineNsPerPointLayer(), t.speedup()));
        }
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
