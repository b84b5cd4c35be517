package org.evofit.wrapper.ort;

/**
 * One line of an .ort file with its 1-based line number, so that whatever is found in it can be
 * reported where it was written.
 *
 * @param number 1-based line number in the file
 * @param text   the line without its line break
 */
record SourceLine(int number, String text) {
}
