package org.evofit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.evofit.core.refl.MagneticTiming;

/** Prints the magnetic kernel's benchmark, beside the unpolarised kernel, as a table and as JSON. */
final class MagneticReport {

    private MagneticReport() {
    }

    static void add(ObjectNode root, StringBuilder table, List<MagneticTiming> timings) {
        ArrayNode m = root.putArray("magneticKernel");
        table.append("polarised (magnetic) kernel, all four spin channels per call, beside the production "
                + "unpolarised kernel on the same layers (ns per Q point x layer)\n");
        table.append(String.format(Locale.ROOT, "%7s %9s %7s %10s %12s %7s %s%n", "layers", "field (T)", "points",
                "magnetic", "unpolarised", "ratio", "implementation"));
        for (MagneticTiming t : timings) {
            m.addObject().put("implementation", t.implementation()).put("layers", t.layers()).put("fieldTesla", t.field()).put("points", t.points())
                    .put("nsPerPointLayer", t.magneticNs()).put("unpolarisedNsPerPointLayer", t.unpolarisedNs())
                    .put("ratio", t.ratio());
            table.append(String.format(Locale.ROOT, "%7d %9.1f %7d %10.2f %12.2f %7.2f %s%n", t.layers(), t.field(),
                    t.points(), t.magneticNs(), t.unpolarisedNs(), t.ratio(), t.implementation()));
        }
    }
}
