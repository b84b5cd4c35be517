package org.evofit.looper;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSetting;
import org.evofit.core.fit.OptimizerSettings;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.modelfile.SettingNodes;

/**
 * The optimizer settings a sweep's {@code fit:} may override: every entry of
 * {@link OptimizerSettings}, read as a model file's {@code optimizer:} reads it. They are kept as
 * canonical text (an integer, a shortest-form double, a GenX strategy name or a boolean) so that
 * the same setting always hashes to the same run id, however it was written.
 */
public final class FitOverrides {

    /** The keys {@code fit:} accepts. */
    public static final Set<String> KEYS = Set.copyOf(new HashSet<>(OptimizerSettings.keys()));

    private FitOverrides() {
    }

    /**
     * The canonical text of one setting of {@code fit:}, checked against the optimizer's own rules.
     *
     * @throws org.evofit.wrapper.doc.ModelFileException at the value when it is of the wrong kind
     *                                                   or out of range
     */
    static String canonical(MapNode fit, String key) {
        OptimizerSetting setting = OptimizerSettings.require(key);
        SettingNodes.apply(FitSettings.defaults(), setting, fit);
        return setting.type().text(SettingNodes.value(setting, fit));
    }

    /**
     * The settings with the overrides applied; sampling's settings ({@link SampleOverrides}) are not
     * the optimizer's and are passed over.
     *
     * @throws IllegalArgumentException for an unknown key or a value the optimizer refuses
     */
    public static FitSettings apply(FitSettings settings, Map<String, String> overrides) {
        FitSettings out = settings;
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (SampleOverrides.isSampling(e.getKey())) {
                continue;
            }
            out = OptimizerSettings.require(e.getKey()).applyText(out, e.getValue());
        }
        return out;
    }
}
