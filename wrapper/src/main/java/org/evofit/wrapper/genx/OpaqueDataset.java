package org.evofit.wrapper.genx;

import io.jhdf.object.message.DataLayoutMessage;
import io.jhdf.object.message.DataLayoutMessage.CompactDataLayoutMessage;
import io.jhdf.object.message.DataLayoutMessage.ContiguousDataLayoutMessage;
import io.jhdf.storage.HdfBackingStorage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytes of an HDF5 dataset of opaque type, such as the pickles GenX stores for a list or None in a
 * data set's {@code meta}. jhdf (0.9.1) refuses an opaque type whose tag is empty, which is how h5py writes
 * {@code numpy.void}, and with it the whole object header; so the header's messages are found here (object
 * header versions 1 and 2, with continuation blocks) and only the data layout is decoded, by jhdf.
 */
final class OpaqueDataset {

    private static final int DATATYPE = 0x03;
    private static final int LAYOUT = 0x08;
    private static final int CONTINUATION = 0x10;
    private static final int OPAQUE = 5;
    /** The most an object header's prefix takes (version 2 with times and attribute limits). */
    private static final int PREFIX = 40;

    private final HdfBackingStorage storage;
    private final Map<Integer, ByteBuffer> messages = new HashMap<>();
    private final Deque<Block> blocks = new ArrayDeque<>();
    /** A version 2 header's flags; -1 for version 1. */
    private int flags = -1;

    /** A run of header messages: the first after the prefix, or a continuation. */
    private record Block(long address, long length, boolean continuation) {
    }

    private OpaqueDataset(HdfBackingStorage storage) {
        this.storage = storage;
    }

    /**
     * The dataset's bytes, or null when the object at {@code address} is not a dataset of opaque type.
     *
     * @throws IllegalStateException when the object header is not one HDF5 writes
     */
    static byte[] read(HdfBackingStorage storage, long address) {
        OpaqueDataset d = new OpaqueDataset(storage);
        d.header(address);
        ByteBuffer type = d.messages.get(DATATYPE);
        ByteBuffer layout = d.messages.get(LAYOUT);
        if (type == null || layout == null || (type.get(0) & 0x0f) != OPAQUE) {
            return null;
        }
        DataLayoutMessage m = DataLayoutMessage.createDataLayoutMessage(layout, storage.getSuperblock(), new BitSet());
        ByteBuffer data;
        if (m instanceof CompactDataLayoutMessage compact) {
            data = compact.getDataBuffer();
        } else if (m instanceof ContiguousDataLayoutMessage contiguous && contiguous.getAddress() != -1L) {
            data = storage.readBufferFromAddress(contiguous.getAddress(), Math.toIntExact(contiguous.getSize()));
        } else {
            throw new IllegalStateException("an opaque dataset stored in chunks, or never written");
        }
        byte[] out = new byte[data.remaining()];
        data.duplicate().get(out);
        return out;
    }

    private ByteBuffer bytes(long address, long length) {
        return storage.readBufferFromAddress(address, Math.toIntExact(length)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void header(long address) {
        ByteBuffer b = bytes(address, Math.min(PREFIX, storage.size() - address));
        boolean v2 = b.getInt(0) == 0x5244484f; // "OHDR"
        if (!v2 && b.get(0) != 1) {
            throw new IllegalStateException("object header version " + b.get(0) + " at " + address);
        }
        if (v2) {
            flags = b.get(5) & 0xff;
            int at = 6 + ((flags & 0x20) != 0 ? 16 : 0) + ((flags & 0x10) != 0 ? 4 : 0);
            int width = 1 << (flags & 0x03);
            long size = width == 1 ? b.get(at) & 0xff : width == 2 ? b.getShort(at) & 0xffff
                    : width == 4 ? b.getInt(at) & 0xffffffffL : b.getLong(at);
            blocks.add(new Block(address + at + width, size, false));
        } else {
            blocks.add(new Block(address + 16, b.getInt(8) & 0xffffffffL, false));
        }
        while (!blocks.isEmpty()) {
            Block block = blocks.poll();
            messages(bytes(block.address(), block.length()), block.continuation());
        }
    }

    /**
     * The messages of one block. A version 2 continuation block opens with its signature ("OCHK") and closes
     * with a checksum.
     */
    private void messages(ByteBuffer b, boolean continuation) {
        boolean v2 = flags >= 0;
        int at = v2 && continuation ? 4 : 0;
        int end = b.limit() - at;
        int head = v2 ? 4 + ((flags & 0x04) != 0 ? 2 : 0) : 8;
        while (at + head <= end) {
            int type = v2 ? b.get(at) & 0xff : b.getShort(at) & 0xffff;
            int size = b.getShort(at + (v2 ? 1 : 2)) & 0xffff;
            ByteBuffer data = b.duplicate().position(at + head).limit(Math.min(end, at + head + size)).slice()
                    .order(ByteOrder.LITTLE_ENDIAN);
            if (type == CONTINUATION) {
                long address = storage.getSizeOfOffsets() == 8 ? data.getLong(0) : data.getInt(0) & 0xffffffffL;
                int o = storage.getSizeOfOffsets();
                long length = storage.getSizeOfLengths() == 8 ? data.getLong(o) : data.getInt(o) & 0xffffffffL;
                blocks.add(new Block(address, length, true));
            } else {
                messages.putIfAbsent(type, data);
            }
            at += head + size;
        }
    }
}
