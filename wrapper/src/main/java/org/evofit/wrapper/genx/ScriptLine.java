package org.evofit.wrapper.genx;

/**
 * A script line (or parameter-table row) the importer could not translate.
 *
 * @param line   1-based script line; 0 for a parameter-table row
 * @param text   the line as written
 * @param reason why it has no evofit equivalent
 */
public record ScriptLine(int line, String text, String reason) {

    /** "line N: text (reason)", as listed in messages and in model.yaml. */
    public String describe() {
        return (line > 0 ? "line " + line : "parameter table") + ": " + text.strip() + "  (" + reason + ")";
    }
}
