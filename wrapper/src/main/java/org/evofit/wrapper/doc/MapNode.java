package org.evofit.wrapper.doc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A mapping of keys to values (a YAML mapping or a JSON object) in file order, with typed
 * accessors that fail with located messages such as
 * {@code model.yaml:7:12: expected a number for 'center' but found 'abc'}.
 *
 * <p>A key whose value is null ({@code key:}, {@code key: ~} or {@code key: null}) counts as absent
 * for the {@code optional...} accessors, as YAML means it; the required accessors report it as a
 * value of the wrong type at the key's value.
 */
public final class MapNode implements Node {

    private final Location location;
    private final List<MapEntry> entries;
    private final Map<String, MapEntry> byKey = new LinkedHashMap<>();

    /**
     * A mapping of the given entries.
     *
     * @param location where the mapping starts
     * @param entries  the entries in file order
     * @throws ModelFileException at the second occurrence of a key, since silently keeping either
     *                            value would hide a mistake
     */
    public MapNode(Location location, List<MapEntry> entries) {
        this.location = location;
        this.entries = List.copyOf(entries);
        for (MapEntry entry : this.entries) {
            MapEntry first = byKey.putIfAbsent(entry.key(), entry);
            if (first != null) {
                Location at = first.keyLocation();
                throw new ModelFileException(entry.keyLocation(), "duplicate key '" + entry.key()
                        + "'; expected each key once (first given at line " + at.line()
                        + ", column " + at.column() + ")");
            }
        }
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String describe() {
        return Mismatch.MAPPING;
    }

    /** The entries in file order. */
    public List<MapEntry> entries() {
        return entries;
    }

    /** The keys in file order. */
    public List<String> keys() {
        return entries.stream().map(MapEntry::key).toList();
    }

    /** Number of keys. */
    public int size() {
        return entries.size();
    }

    /** Whether the mapping has no keys. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether the key is present, even with a null value. */
    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The entry of a key, if present. */
    public Optional<MapEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The value of a key; an error at this mapping if the key is missing. */
    public Node required(String key) {
        MapEntry entry = byKey.get(key);
        if (entry == null) {
            throw error("missing required key '" + key + "'");
        }
        return entry.value();
    }

    /** The value of a key, or empty when the key is missing or its value is null. */
    public Optional<Node> optional(String key) {
        MapEntry entry = byKey.get(key);
        if (entry == null || entry.value() instanceof ScalarNode s && s.isNull()) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** The text of a required key. */
    public String string(String key) {
        return scalar(key, Mismatch.STRING).asString(key);
    }

    /** The text of an optional key, or the default. */
    public String optionalString(String key, String defaultValue) {
        return optionalScalar(key, Mismatch.STRING, s -> s.asString(key)).orElse(defaultValue);
    }

    /** The number of a required key; see {@link ScalarNode#asDouble()} for the accepted forms. */
    public double number(String key) {
        return scalar(key, Mismatch.NUMBER).asDouble(key);
    }

    /** The number of an optional key, or the default. */
    public double optionalNumber(String key, double defaultValue) {
        return optionalScalar(key, Mismatch.NUMBER, s -> s.asDouble(key)).orElse(defaultValue);
    }

    /** The whole number of a required key. */
    public int integer(String key) {
        return scalar(key, Mismatch.INTEGER).asInt(key);
    }

    /** The whole number of an optional key, or the default. */
    public int optionalInteger(String key, int defaultValue) {
        return optionalScalar(key, Mismatch.INTEGER, s -> s.asInt(key)).orElse(defaultValue);
    }

    /** The boolean of a required key; {@code true} or {@code false}. */
    public boolean bool(String key) {
        return scalar(key, Mismatch.BOOLEAN).asBoolean(key);
    }

    /** The boolean of an optional key, or the default. */
    public boolean optionalBool(String key, boolean defaultValue) {
        return optionalScalar(key, Mismatch.BOOLEAN, s -> s.asBoolean(key)).orElse(defaultValue);
    }

    /** The mapping of a required key. */
    public MapNode map(String key) {
        return requireMap(required(key), key);
    }

    /** The mapping of an optional key, if present. */
    public Optional<MapNode> optionalMap(String key) {
        return optional(key).map(node -> requireMap(node, key));
    }

    /** The list of a required key. */
    public ListNode list(String key) {
        return requireList(required(key), key);
    }

    /** The list of an optional key, if present. */
    public Optional<ListNode> optionalList(String key) {
        return optional(key).map(node -> requireList(node, key));
    }

    /**
     * Fails at the first key not in the allowed set, listing the allowed keys in alphabetical order:
     * a misspelt optional key would otherwise be ignored without a word.
     *
     * @return this mapping, for chaining
     */
    public MapNode rejectUnknownKeys(Set<String> allowed) {
        for (MapEntry entry : entries) {
            if (!allowed.contains(entry.key())) {
                throw new ModelFileException(entry.keyLocation(), "unknown key '" + entry.key()
                        + "'; expected one of " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return "MapNode" + keys() + " at " + location;
    }

    private ScalarNode scalar(String key, String expected) {
        return requireScalar(required(key), key, expected);
    }

    private <T> Optional<T> optionalScalar(String key, String expected,
                                           Function<ScalarNode, T> read) {
        return optional(key).map(node -> read.apply(requireScalar(node, key, expected)));
    }

    private static ScalarNode requireScalar(Node node, String key, String expected) {
        if (node instanceof ScalarNode scalar) {
            return scalar;
        }
        throw Mismatch.of(node, expected, key);
    }

    private static MapNode requireMap(Node node, String key) {
        if (node instanceof MapNode map) {
            return map;
        }
        throw Mismatch.of(node, Mismatch.MAPPING, key);
    }

    private static ListNode requireList(Node node, String key) {
        if (node instanceof ListNode list) {
            return list;
        }
        throw Mismatch.of(node, Mismatch.LIST, key);
    }
}
