package org.evofit.wrapper.genx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.ObjectHeader;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.dataset.DatasetLoader;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.message.DataLayoutMessage;
import io.jhdf.storage.HdfBackingStorage;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.wrapper.pickle.PickleException;
import org.evofit.wrapper.pickle.PyTuple;
import org.evofit.wrapper.pickle.SafePickle;

/**
 * A GenX data set's {@code meta} group as a tree: GenX 3 writes the metadata of a data set (where it was
 * loaded from, and for ORSO files the whole ORSO header) as nested groups, text and numbers as HDF5
 * datasets and anything else (lists, None) as a Python pickle in an opaque dataset. Pickles are read by
 * {@link SafePickle} as plain data only; a value it refuses (a date, say) is left out and named in
 * {@link #unread}.
 *
 * @param tree   the metadata, groups as objects
 * @param unread the paths (inside {@code meta}) of values left out, each with why
 */
record MetaTree(ObjectNode tree, List<String> unread) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Reads the group at {@code path}.
     *
     * @throws HdfException or {@link IllegalStateException} when the group is not one HDF5 writes
     */
    static MetaTree read(HdfFile hdf, String path) {
        Group meta = (Group) hdf.getByPath(path);
        HdfBackingStorage storage = hdf.getHdfBackingStorage();
        List<String> unread = new ArrayList<>();
        ObjectNode tree = NODES.objectNode();
        group(storage, meta, ObjectHeader.readObjectHeader(storage, meta.getAddress()), tree, "", unread);
        return new MetaTree(tree, List.copyOf(unread));
    }

    private static void group(HdfBackingStorage storage, Group meta, ObjectHeader header, ObjectNode into,
                              String prefix, List<String> unread) {
        for (Map.Entry<String, Long> link : HdfChildren.of(storage, header).entrySet()) {
            String name = link.getKey();
            ObjectHeader child;
            try {
                child = ObjectHeader.readObjectHeader(storage, link.getValue());
            } catch (HdfException e) {
                // jhdf cannot read an opaque type with an empty tag: GenX's pickles.
                value(into, name, pickle(OpaqueDataset.read(storage, link.getValue()), prefix + name, unread));
                continue;
            }
            if (child.hasMessageOfType(DataLayoutMessage.class)) {
                Dataset d = DatasetLoader.createDataset(storage, child, name, meta);
                value(into, name, plain(d.getData(), prefix + name, unread));
            } else {
                group(storage, meta, child, into.putObject(name), prefix + name + ".", unread);
            }
        }
    }

    private static void value(ObjectNode into, String name, JsonNode value) {
        if (value != null) {
            into.set(name, value);
        }
    }

    private static JsonNode pickle(byte[] bytes, String path, List<String> unread) {
        if (bytes == null) {
            unread.add(path + " (an HDF5 object that is neither a group nor a dataset)");
            return null;
        }
        try {
            return plain(SafePickle.read(bytes, Set.of()), path, unread);
        } catch (PickleException e) {
            unread.add(path + " (" + e.getMessage() + ")");
            return null;
        }
    }

    /** A value as a tree node: text, numbers, booleans, None, lists, tuples, dicts and 1-d arrays. */
    private static JsonNode plain(Object v, String path, List<String> unread) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Double || v instanceof Float) {
            return NODES.numberNode(((Number) v).doubleValue());
        }
        if (v instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (v instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, item) -> value(o, String.valueOf(k), plain(item, path + "." + k, unread)));
            return o;
        }
        if (v instanceof PyTuple t) {
            return plain(t.items(), path, unread);
        }
        if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            for (Object item : list) {
                JsonNode n = plain(item, path + "[]", unread);
                a.add(n == null ? NODES.nullNode() : n);
            }
            return a;
        }
        if (v.getClass().isArray() && !(v instanceof byte[])) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                items.add(Array.get(v, i));
            }
            return plain(items, path, unread);
        }
        unread.add(path + " (a " + v.getClass().getSimpleName() + ", which an ORSO header cannot hold)");
        return null;
    }
}
