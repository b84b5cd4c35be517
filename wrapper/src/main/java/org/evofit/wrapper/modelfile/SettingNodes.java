package org.evofit.wrapper.modelfile;

import org.evofit.core.fit.FitSettings;
import org.evofit.core.fit.OptimizerSetting;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.doc.Node;

/**
 * Reads {@link org.evofit.core.fit.OptimizerSettings} entries from a YAML or JSON mapping, for the
 * model file's {@code optimizer:} and a sweep's {@code fit:} alike, so both accept the same values
 * and report a bad one the same way: at its line and column.
 */
public final class SettingNodes {

    private SettingNodes() {
    }

    /**
     * The value of the setting's key in the mapping, read as its type says.
     *
     * @throws ModelFileException at the value when it is not a value of the type
     */
    public static Object value(OptimizerSetting setting, MapNode map) {
        String key = setting.key();
        return switch (setting.type()) {
            case INTEGER -> map.integer(key);
            case NUMBER -> map.number(key);
            case BOOLEAN -> map.bool(key);
            default -> {
                Node node = map.required(key);
                String text = node.asScalar().asString();
                yield ParameterSpecs.at(node, () -> setting.type().parse(text));
            }
        };
    }

    /**
     * The settings with the mapping's value of this setting applied.
     *
     * @throws ModelFileException at the value when it is of the wrong type or out of bounds
     */
    public static FitSettings apply(FitSettings settings, OptimizerSetting setting, MapNode map) {
        Object v = value(setting, map);
        return ParameterSpecs.at(map.required(setting.key()), () -> setting.apply(settings, v));
    }
}
