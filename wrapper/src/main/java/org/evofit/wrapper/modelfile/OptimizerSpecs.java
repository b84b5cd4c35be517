package org.evofit.wrapper.modelfile;

import java.util.HashSet;
import java.util.Set;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSetting;
import org.evofit.core.fit.OptimizerSettings;
import org.evofit.wrapper.doc.MapNode;

/**
 * Reads the {@code optimizer:} mapping into fit settings: every entry of {@link OptimizerSettings},
 * GenX's defaults for what is not written. Only the rules of a file are here: of each pair of
 * alternatives one is written, and a file states generations as at least 1 (0 is what leaving it out
 * means).
 */
final class OptimizerSpecs {

    private static final Set<String> KEYS = new HashSet<>(OptimizerSettings.keys());

    private OptimizerSpecs() {
    }

    static FitSettings read(MapNode map) {
        map.rejectUnknownKeys(KEYS);
        if (map.has("population") && map.has("populationMultiplier")) {
            throw map.required("populationMultiplier").error("expected population or populationMultiplier, not both");
        }
        if (map.has("generations") && map.has("generationMultiplier")) {
            throw map.required("generationMultiplier").error("expected generations or generationMultiplier, not both");
        }
        FitSettings settings = FitSettings.defaults();
        // In table order, so that of several bad values the first in the table is reported.
        for (OptimizerSetting s : OptimizerSettings.all()) {
            if (!map.has(s.key())) {
                continue;
            }
            if (s.key().equals("generations") && map.integer("generations") < 1) {
                throw map.required("generations").error("expected at least 1 generation but found "
                        + map.integer("generations"));
            }
            settings = SettingNodes.apply(settings, s, map);
        }
        return settings;
    }
}
