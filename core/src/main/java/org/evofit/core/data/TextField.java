package org.evofit.core.data;

/**
 * One field of a data line as written, with the 1-based character column where it starts, so a
 * mistake in it can be pointed at.
 *
 * @param text   the field without surrounding blanks; empty for an empty field such as in {@code 1,,3}
 * @param column 1-based character column of the field's first character (a tab counts as one)
 */
record TextField(String text, int column) {
}
