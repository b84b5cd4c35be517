package org.evofit.wrapper.sample;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.mcmc.Chain;
import org.evofit.wrapper.results.ResultFileException;

/**
 * chain.bin, the compact binary chain (also the sampler's checkpoint): a header, then one record per
 * row (the start, then each step) holding every walker's parameters and then every walker's
 * log-posterior, as big-endian IEEE 754 doubles, so a chain read back is the same bit for bit.
 *
 * <pre>
 * int 0x45564348 ("EVCH"), int version 1, long seed, int walkers, int parameters, int rows,
 * parameters x UTF name, rows x (walkers x parameters doubles, walkers doubles)
 * </pre>
 *
 * @param seed  the sampler's seed
 * @param names the free parameters, in the chain's order
 * @param chain the rows
 */
public record ChainFile(long seed, List<String> names, Chain chain) {

    /** The file's name in a sampling run's directory. */
    public static final String NAME = "chain.bin";
    static final int MAGIC = 0x45564348;
    private static final int VERSION = 1;

    /** The file's bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(seed);
            out.writeInt(chain.walkers());
            out.writeInt(chain.dimension());
            out.writeInt(chain.rows());
            for (String n : names) {
                out.writeUTF(n);
            }
            for (int r = 0; r < chain.rows(); r++) {
                for (double v : chain.rowPositions(r)) {
                    out.writeDouble(v);
                }
                for (double v : chain.rowLogPosterior(r)) {
                    out.writeDouble(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /**
     * Reads a chain file into a chain with room for {@code capacity} rows (at least the file's).
     *
     * @throws ResultFileException naming the file when it is not a chain file or is cut short
     */
    public static ChainFile read(Path file, int capacity) {
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new ResultFileException(file, 1, "not an evofit chain file (version " + VERSION + ")");
            }
            long seed = data.readLong();
            int walkers = data.readInt();
            int dim = data.readInt();
            int rows = data.readInt();
            if (walkers < 1 || dim < 1 || rows < 1 || rows > capacity) {
                throw new ResultFileException(file, 1, "a chain of " + walkers + " walkers, " + dim
                        + " parameters and " + rows + " rows does not fit in " + capacity + " rows");
            }
            List<String> names = new ArrayList<>();
            for (int d = 0; d < dim; d++) {
                names.add(data.readUTF());
            }
            Chain chain = new Chain(walkers, dim, capacity);
            double[] positions = new double[walkers * dim];
            double[] logp = new double[walkers];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = data.readDouble();
                }
                for (int w = 0; w < walkers; w++) {
                    logp[w] = data.readDouble();
                }
                chain.append(positions, logp);
            }
            return new ChainFile(seed, List.copyOf(names), chain);
        } catch (EOFException e) {
            throw new ResultFileException(file, 1, "the chain file ends before its last row", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
