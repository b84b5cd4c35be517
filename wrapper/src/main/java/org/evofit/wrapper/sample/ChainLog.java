package org.evofit.wrapper.sample;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.MoveMixture;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.wrapper.results.ResultFileException;

/**
 * The sampler's checkpoint, {@value Sampling#CHECKPOINT} (or a cluster run's, in the run store: see
 * {@link ChainLogStore}): an append-only log of the chain, so that a
 * checkpoint costs the steps taken since the last one, not a rewrite of the whole chain. A header, then
 * one fixed-size record per row (the start, then each step), each closed by a CRC-32 of its bytes:
 *
 * <pre>
 * int 0x4556434C ("EVCL"), int version 2, long seed, UTF proposals, int walkers, int parameters,
 * parameters x UTF name,
 * rows x (walkers x parameters doubles, walkers doubles, int non-finite rejections, int CRC-32)
 * </pre>
 *
 * Doubles are big-endian IEEE 754, so a row read back is the same bit for bit. A process killed while
 * appending leaves at most a cut or unchecked last record: reading stops at the first record that is
 * incomplete or fails its CRC, and {@link #validBytes} says where the next append must begin (the tail
 * after it is cut off then). A checkpoint of the older whole-chain format ({@link ChainFile}) is read
 * too, with no valid bytes, so that the next save rewrites it in this format; it and version 1 (which
 * lacks the proposals) were written by the ensemble moves alone.
 *
 * @param seed       the sampler's seed
 * @param proposals  what decided the proposals ({@link SamplerSettings#proposals()}): a chain is continued
 *                   only under the same
 * @param names      the sampled parameters, in the chain's order
 * @param chain      the rows read
 * @param validBytes the length of the file up to the end of the last good record; -1 for a checkpoint of
 *                   the older format
 */
public record ChainLog(long seed, String proposals, List<String> names, Chain chain, long validBytes) {

    private static final int MAGIC = 0x4556434C;
    private static final int VERSION = 2;
    private static final int WITHOUT_PROPOSALS = 1;

    /** The header: magic, version, seed, proposals, sizes and names. */
    static byte[] header(long seed, String proposals, List<String> names, int walkers) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(seed);
            out.writeUTF(proposals);
            out.writeInt(walkers);
            out.writeInt(names.size());
            for (String n : names) {
                out.writeUTF(n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** The bytes of one record of a chain of this size. */
    static int recordBytes(int walkers, int dimension) {
        return Double.BYTES * walkers * (dimension + 1) + 2 * Integer.BYTES;
    }

    /** The records of rows {@code from} (inclusive) to {@code to} (exclusive) of {@code chain}. */
    static byte[] records(Chain chain, int from, int to) {
        int size = recordBytes(chain.walkers(), chain.dimension());
        ByteBuffer out = ByteBuffer.allocate(size * (to - from));
        CRC32 crc = new CRC32();
        for (int r = from; r < to; r++) {
            int start = out.position();
            for (double v : chain.rowPositions(r)) {
                out.putDouble(v);
            }
            for (double v : chain.rowLogPosterior(r)) {
                out.putDouble(v);
            }
            out.putInt(chain.nonFinite(r));
            crc.reset();
            crc.update(out.array(), start, size - Integer.BYTES);
            out.putInt((int) crc.getValue());
        }
        return out.array();
    }

    /**
     * Reads a checkpoint into a chain with room for {@code capacity} rows, keeping the good records
     * (at most {@code capacity}).
     *
     * @throws ResultFileException naming the file when it is not a checkpoint or its header is cut short
     */
    public static ChainLog read(Path file, int capacity) {
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
            int magic = data.readInt();
            if (magic == ChainFile.MAGIC) {
                ChainFile whole = ChainFile.read(file, capacity);
                return new ChainLog(whole.seed(), MoveMixture.ENSEMBLE.key(), whole.names(), whole.chain(), -1);
            }
            return read(data, magic, capacity, file);
        } catch (EOFException e) {
            throw new ResultFileException(file, 1, "the checkpoint ends inside its header", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /**
     * Reads a checkpoint kept elsewhere than in a file (a cluster's run store) from its bytes, as
     * {@link #read(Path, int)} does.
     *
     * @param shownAs what errors name as the checkpoint
     * @throws ResultFileException naming {@code shownAs} when it is not a checkpoint or its header is cut short
     */
    public static ChainLog read(byte[] bytes, int capacity, Path shownAs) {
        try (DataInputStream data = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return read(data, data.readInt(), capacity, shownAs);
        } catch (EOFException e) {
            throw new ResultFileException(shownAs, 1, "the checkpoint ends inside its header", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + shownAs, e);
        }
    }

    /** Reads the rest of a checkpoint of this format, whose first int {@code magic} was read. */
    private static ChainLog read(DataInputStream data, int magic, int capacity, Path file) throws IOException {
        int version = magic == MAGIC ? data.readInt() : -1;
        if (version != VERSION && version != WITHOUT_PROPOSALS) {
            throw new ResultFileException(file, 1, "not an evofit chain checkpoint (version " + VERSION + ")");
        }
        long seed = data.readLong();
        String proposals = version == VERSION ? data.readUTF() : MoveMixture.ENSEMBLE.key();
        int walkers = data.readInt();
        int dim = data.readInt();
        if (walkers < 1 || dim < 1) {
            throw new ResultFileException(file, 1, "a checkpoint of " + walkers + " walkers and " + dim
                    + " parameters");
        }
        List<String> names = new ArrayList<>();
        for (int d = 0; d < dim; d++) {
            names.add(data.readUTF());
        }
        // Version 1's header is this one without the proposals' UTF field (a length and ASCII).
        long valid = header(seed, proposals, names, walkers).length - (version == VERSION ? 0 : 2 + proposals.length());
        Chain chain = new Chain(walkers, dim, capacity);
        byte[] record = new byte[recordBytes(walkers, dim)];
        while (chain.rows() < capacity && readRecord(data, record)) {
            append(chain, record);
            valid += record.length;
        }
        return new ChainLog(seed, proposals, List.copyOf(names), chain, valid);
    }

    /** Reads one whole record whose CRC matches; false at the end, a cut record or a bad CRC. */
    private static boolean readRecord(DataInputStream data, byte[] record) throws IOException {
        int read = data.readNBytes(record, 0, record.length);
        if (read < record.length) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(record, 0, record.length - Integer.BYTES);
        return ByteBuffer.wrap(record, record.length - Integer.BYTES, Integer.BYTES).getInt() == (int) crc.getValue();
    }

    private static void append(Chain chain, byte[] record) {
        ByteBuffer in = ByteBuffer.wrap(record);
        double[] positions = new double[chain.walkers() * chain.dimension()];
        double[] logp = new double[chain.walkers()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = in.getDouble();
        }
        for (int w = 0; w < logp.length; w++) {
            logp[w] = in.getDouble();
        }
        chain.append(positions, logp, in.getInt());
    }
}
