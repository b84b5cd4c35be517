package org.evofit.wrapper.modelfile;

/**
 * One line of a model file's {@code optimizer:} section: a setting with its spelled value, or a
 * comment line.
 *
 * @param key     the setting's key, or null for a comment line
 * @param value   the value as YAML, or null for a comment line
 * @param comment the comment after the value, the comment line's text, or null
 */
public record OptimizerLine(String key, String value, String comment) {

    /** A setting without a comment. */
    public static OptimizerLine of(String key, String value) {
        return new OptimizerLine(key, value, null);
    }

    /** A comment line. */
    public static OptimizerLine comment(String text) {
        return new OptimizerLine(null, null, text);
    }
}
