package org.evofit.wrapper.doc;

/**
 * One key of a mapping with its value. The key keeps its own location because mistakes about the
 * key itself (unknown, duplicated) should point at the key, not at its value.
 *
 * @param key         the key's text
 * @param keyLocation where the key is written
 * @param value       the value
 */
public record MapEntry(String key, Location keyLocation, Node value) {
}
