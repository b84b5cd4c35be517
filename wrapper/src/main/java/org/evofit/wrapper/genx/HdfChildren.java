package org.evofit.wrapper.genx;

import io.jhdf.FractalHeap;
import io.jhdf.GroupSymbolTableNode;
import io.jhdf.LocalHeap;
import io.jhdf.ObjectHeader;
import io.jhdf.SymbolTableEntry;
import io.jhdf.btree.BTreeV1;
import io.jhdf.btree.BTreeV2;
import io.jhdf.btree.record.LinkNameForIndexedGroupRecord;
import io.jhdf.object.message.LinkInfoMessage;
import io.jhdf.object.message.LinkMessage;
import io.jhdf.object.message.SymbolTableMessage;
import io.jhdf.storage.HdfBackingStorage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hard links of an HDF5 group, by name, without opening what they point to. jhdf opens every child of a
 * group as soon as one is asked for, and fails on the whole group when one child is a dataset it cannot open
 * (an opaque type with an empty tag, as h5py writes {@code numpy.void}); GenX's {@code meta} groups hold such
 * datasets, so their links are listed here, from jhdf's own readers of the three ways HDF5 stores links.
 */
final class HdfChildren {

    /** An undefined address in HDF5 (all bits set). */
    private static final long UNDEFINED = -1L;

    private HdfChildren() {
    }

    /**
     * The group's hard links in the order the file keeps them (soft and external links are left out:
     * GenX writes none).
     *
     * @param storage the open file
     * @param group   the group's object header
     */
    static Map<String, Long> of(HdfBackingStorage storage, ObjectHeader group) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (group.hasMessageOfType(SymbolTableMessage.class)) {
            // The layout of files written before HDF5 1.8: a B-tree of symbol table nodes, names in a local heap.
            SymbolTableMessage table = group.getMessageOfType(SymbolTableMessage.class);
            ByteBuffer names = new LocalHeap(storage, table.getLocalHeapAddress()).getDataBuffer();
            for (long node : BTreeV1.createGroupBTree(storage, table.getBTreeAddress()).getChildAddresses()) {
                for (SymbolTableEntry e : new GroupSymbolTableNode(storage, node).getSymbolTableEntries()) {
                    out.put(name(names, e.getLinkNameOffset()), e.getObjectHeaderAddress());
                }
            }
            return out;
        }
        for (LinkMessage link : links(storage, group)) {
            if (link.getLinkType() == LinkMessage.LinkType.HARD) {
                out.put(link.getLinkName(), link.getHardLinkAddress());
            }
        }
        return out;
    }

    /** A new-style group's link messages: in its header (compact), or in a fractal heap (dense). */
    private static List<LinkMessage> links(HdfBackingStorage storage, ObjectHeader group) {
        LinkInfoMessage info = group.hasMessageOfType(LinkInfoMessage.class)
                ? group.getMessageOfType(LinkInfoMessage.class) : null;
        List<LinkMessage> out = new ArrayList<>();
        if (info == null || info.getBTreeNameIndexAddress() == UNDEFINED) {
            out.addAll(group.getMessagesOfType(LinkMessage.class));
        } else {
            BTreeV2<LinkNameForIndexedGroupRecord> index = new BTreeV2<>(storage, info.getBTreeNameIndexAddress());
            FractalHeap heap = new FractalHeap(storage, info.getFractalHeapAddress());
            for (LinkNameForIndexedGroupRecord r : index.getRecords()) {
                out.add(LinkMessage.fromBuffer(heap.getId(r.getId()), storage.getSuperblock()));
            }
        }
        // GenX writes a dict's keys in order (h5py's track_order); neither storage keeps that order by itself.
        if (info != null && info.isLinkCreationOrderTracked()) {
            out.sort(java.util.Comparator.comparingLong(LinkMessage::getCreationOrder));
        }
        return out;
    }

    private static String name(ByteBuffer heap, int offset) {
        ByteBuffer b = heap.duplicate();
        b.position(offset);
        int end = offset;
        while (end < b.limit() && b.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - offset];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
