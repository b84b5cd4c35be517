package org.evofit.core.de;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * Writes and reads {@link DeCheckpoint}'s binary format (described there): whole (version 5) or, for
 * {@link CheckpointChain}, as an increment (version 6) whose logs only hold what was appended.
 * Versions 3 and 4 are the same without the settings' screenRound, read as 1, and versions 1 and 2
 * without screenDrop either, read as 0 (the only values that existed when they were written).
 */
final class CheckpointFormat {

    private static final int MAGIC = 0x45564445;
    /** A whole checkpoint, every log entry in it. */
    static final int WHOLE = 5;
    /** An increment: a checkpoint whose logs hold only the entries appended since the one it follows. */
    static final int INCREMENT = 6;
    /** The formats before the settings' screenRound, read still: WHOLE and INCREMENT less two. */
    private static final int BEFORE_SCREEN_ROUND = 2;
    /** The formats before the settings' screenDrop too: WHOLE and INCREMENT less four. */
    private static final int BEFORE_SCREEN_DROP = 4;
    private static final int HEADER_AND_CHECKSUM = 12;

    /**
     * How the runs' evaluation logs are written and read, the one part in which a whole checkpoint and
     * an increment differ; {@code best} tells the best run's log from the current run's.
     */
    interface Logs {

        /** Writes what the format adds after its version (nothing for a whole checkpoint). */
        void header(DataOutputStream out) throws IOException;

        /** Reads what {@link #header(DataOutputStream)} wrote. */
        void header(DataInputStream in) throws IOException;

        /** Writes one run's log. */
        void write(DataOutputStream out, LogEntries log, boolean best) throws IOException;

        /** Reads one run's log. */
        LogEntries read(DataInputStream in, boolean best) throws IOException;
    }

    /** Every entry of each log: the version-1 format. */
    private static final Logs WHOLE_LOGS = new Logs() {
        @Override
        public void header(DataOutputStream out) {
        }

        @Override
        public void header(DataInputStream in) {
        }

        @Override
        public void write(DataOutputStream out, LogEntries log, boolean best) throws IOException {
            out.writeInt(log.capacity());
            out.writeInt(log.dimension());
            out.writeInt(log.size());
            reals(out, log.vectors());
            reals(out, log.foms());
        }

        @Override
        public LogEntries read(DataInputStream in, boolean best) throws IOException {
            int capacity = in.readInt();
            int dim = in.readInt();
            int size = in.readInt();
            requireLog(capacity, dim, size, size);
            return new LogEntries(capacity, dim, reals(in, (long) size * dim), reals(in, size), size);
        }
    };

    private CheckpointFormat() {
    }

    static byte[] write(DeCheckpoint c) {
        return write(c, WHOLE, WHOLE_LOGS);
    }

    static DeCheckpoint read(byte[] bytes) {
        return read(bytes, WHOLE, WHOLE_LOGS);
    }

    /** Refuses a log whose counts cannot be. */
    static void requireLog(int capacity, int dim, int size, int held) {
        if (capacity < 1 || dim < 1 || size < 0 || size > capacity || held < 0 || held > size) {
            throw new IllegalArgumentException("checkpoint is corrupted: log of " + size + " entries, capacity "
                    + capacity + ", dimension " + dim);
        }
    }

    static byte[] write(DeCheckpoint c, int version, Logs logs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        try (DataOutputStream out = new DataOutputStream(new CheckedOutputStream(bytes, crc))) {
            out.writeInt(MAGIC);
            out.writeInt(version);
            logs.header(out);
            DeCheckpoint.Fingerprint f = c.fingerprint();
            out.writeInt(f.dimension());
            array(out, f.lower());
            array(out, f.upper());
            array(out, f.start());
            DeSettings s = f.settings();
            out.writeUTF(s.strategy().name());
            real(out, s.km());
            real(out, s.kr());
            out.writeInt(s.population());
            out.writeInt(s.populationMultiplier());
            out.writeInt(s.generations());
            out.writeInt(s.generationMultiplier());
            real(out, s.minSpread());
            out.writeBoolean(s.useStartGuess());
            out.writeUTF(s.boundaries().name());
            out.writeLong(s.seed());
            out.writeInt(f.logCapacity());
            out.writeInt(s.restarts());
            out.writeInt(s.restartGenerations());
            real(out, s.startSpread());
            out.writeInt(s.screenDrop());
            out.writeInt(s.screenRound());
            out.writeInt(c.phase());
            out.writeInt(c.generation());
            out.writeLong(c.evaluations());
            out.writeInt(c.completedGenerations());
            run(out, c.current(), logs, false);
            out.writeBoolean(c.bestRun() != null);
            if (c.bestRun() != null) {
                run(out, c.bestRun(), logs, true);
            }
            DeCheckpoint.Jade j = c.jade();
            real(out, j.kmMean());
            real(out, j.krMean());
            real(out, j.successKmSum());
            real(out, j.successKmSquares());
            real(out, j.successKrSum());
            out.writeInt(j.successes());
            matrix(out, c.lastTrials());
            out.flush();
            int sum = (int) crc.getValue();
            new DataOutputStream(bytes).writeInt(sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static DeCheckpoint read(byte[] bytes, int expected, Logs logs) {
        if (bytes == null || bytes.length < HEADER_AND_CHECKSUM) {
            throw new IllegalArgumentException("not a checkpoint: " + (bytes == null ? "no" : bytes.length)
                    + " bytes, truncated");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4));
        try {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a checkpoint: the bytes do not start with EVDE");
            }
            int version = in.readInt();
            int missing = version == expected - BEFORE_SCREEN_DROP ? 2 : version == expected - BEFORE_SCREEN_ROUND ? 1 : 0;
            if (expected == WHOLE && (version == INCREMENT || version == INCREMENT - BEFORE_SCREEN_ROUND
                    || version == INCREMENT - BEFORE_SCREEN_DROP)) {
                throw new IllegalArgumentException("checkpoint is an increment (format version " + version
                        + "): it is read after the checkpoint it follows, not on its own");
            }
            if (version != expected && missing == 0) {
                throw new IllegalArgumentException("checkpoint format version " + version
                        + " is not supported (this build reads versions 1 to " + INCREMENT + ")");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 4);
            int stored = ((bytes[bytes.length - 4] & 0xff) << 24) | ((bytes[bytes.length - 3] & 0xff) << 16)
                    | ((bytes[bytes.length - 2] & 0xff) << 8) | (bytes[bytes.length - 1] & 0xff);
            if (stored != (int) crc.getValue()) {
                throw new IllegalArgumentException("checkpoint is corrupted or truncated: its CRC-32 does not match");
            }
            logs.header(in);
            DeCheckpoint.Fingerprint f = fingerprint(in, missing);
            int phase = in.readInt();
            int generation = in.readInt();
            long evaluations = in.readLong();
            int completed = in.readInt();
            DeCheckpoint.RunState current = run(in, logs, false);
            DeCheckpoint.RunState bestRun = in.readBoolean() ? run(in, logs, true) : null;
            DeCheckpoint.Jade jade = new DeCheckpoint.Jade(real(in), real(in), real(in), real(in), real(in),
                    in.readInt());
            double[][] trials = matrix(in);
            if (in.available() != 0) {
                throw new IllegalArgumentException("checkpoint has " + in.available() + " unexpected bytes at its end");
            }
            DeCheckpoint c = new DeCheckpoint(f, phase, generation, evaluations, completed, current, bestRun, jade,
                    trials);
            requireConsistent(c);
            return c;
        } catch (EOFException e) {
            throw new IllegalArgumentException("checkpoint is truncated", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("checkpoint cannot be read: " + e.getMessage(), e);
        }
    }

    private static void requireConsistent(DeCheckpoint c) {
        int dim = c.fingerprint().dimension();
        DeSettings s = c.fingerprint().settings();
        if (dim < 1 || c.fingerprint().lower().length != dim || c.fingerprint().upper().length != dim
                || c.fingerprint().start().length != dim) {
            throw inconsistent("bounds do not have the dimension " + dim);
        }
        int lastPhase = s.screened() ? s.restarts() : s.restarts() - 1;
        if (c.phase() < 0 || c.phase() > lastPhase) {
            throw inconsistent("phase " + c.phase() + " is not in 0.." + lastPhase);
        }
        requireConsistent(c.current(), dim, "current run");
        if (c.bestRun() != null) {
            requireConsistent(c.bestRun(), dim, "best run");
        }
        if (c.lastTrials().length != c.current().members().length) {
            throw inconsistent("trials and population differ in size");
        }
    }

    private static void requireConsistent(DeCheckpoint.RunState r, int dim, String what) {
        if (r.members().length != r.foms().length || r.best().length != dim
                || r.history().length != r.generation() + 1 || r.log().dimension() != dim
                || r.log().foms().length > r.log().capacity()
                || r.log().vectors().length != r.log().foms().length * dim) {
            throw inconsistent(what + "'s arrays do not fit together");
        }
        for (double[] m : r.members()) {
            if (m.length != dim) {
                throw inconsistent(what + " has a member of dimension " + m.length + ", not " + dim);
            }
        }
    }

    private static IllegalArgumentException inconsistent(String why) {
        return new IllegalArgumentException("checkpoint is inconsistent: " + why);
    }

    /**
     * The fingerprint, in the order {@link #write} puts it: the log capacity sits between seed and restarts;
     * {@code missing} of the last settings (screenRound, then screenDrop) an older version lacks.
     */
    private static DeCheckpoint.Fingerprint fingerprint(DataInputStream in, int missing) throws IOException {
        int dim = in.readInt();
        double[] lower = array(in);
        double[] upper = array(in);
        double[] start = array(in);
        DeSettings.Builder b = DeSettings.defaults().toBuilder().strategy(Strategy.valueOf(in.readUTF()))
                .km(real(in)).kr(real(in)).population(in.readInt()).populationMultiplier(in.readInt())
                .generations(in.readInt()).generationMultiplier(in.readInt()).minSpread(real(in))
                .useStartGuess(in.readBoolean()).boundaries(BoundaryHandling.valueOf(in.readUTF())).seed(in.readLong());
        int logCapacity = in.readInt();
        b.restarts(in.readInt()).restartGenerations(in.readInt()).startSpread(real(in));
        b.screenDrop(missing >= 2 ? 0 : in.readInt());
        DeSettings settings = b.screenRound(missing >= 1 ? 1 : in.readInt()).build();
        return new DeCheckpoint.Fingerprint(dim, lower, upper, start, settings, logCapacity);
    }

    private static void run(DataOutputStream out, DeCheckpoint.RunState r, Logs logs, boolean best) throws IOException {
        out.writeLong(r.seed());
        out.writeInt(r.firstGeneration());
        out.writeInt(r.generation());
        out.writeLong(r.evaluations());
        out.writeByte(r.stopReason() == null ? -1 : r.stopReason().ordinal());
        matrix(out, r.members());
        array(out, r.foms());
        array(out, r.best());
        real(out, r.bestFom());
        array(out, r.history());
        logs.write(out, r.log(), best);
    }

    private static DeCheckpoint.RunState run(DataInputStream in, Logs logs, boolean best) throws IOException {
        long seed = in.readLong();
        int first = in.readInt();
        int generation = in.readInt();
        long evaluations = in.readLong();
        int reason = in.readByte();
        DeResult.StopReason[] reasons = DeResult.StopReason.values();
        if (reason < -1 || reason >= reasons.length) {
            throw new IllegalArgumentException("checkpoint is corrupted: stop reason " + reason);
        }
        double[][] members = matrix(in);
        double[] foms = array(in);
        double[] bestVector = array(in);
        double bestFom = real(in);
        double[] history = array(in);
        return new DeCheckpoint.RunState(seed, first, generation, evaluations,
                reason < 0 ? null : reasons[reason], members, foms, bestVector, bestFom, history, logs.read(in, best));
    }

    static void real(DataOutputStream out, double v) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(v));
    }

    static double real(DataInputStream in) throws IOException {
        return Double.longBitsToDouble(in.readLong());
    }

    private static void array(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        reals(out, a);
    }

    /** The values' raw bits, big-endian as DataOutputStream writes them, in one block. */
    static void reals(DataOutputStream out, double[] a) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(a.length * 8);
        block.asDoubleBuffer().put(a);
        out.write(block.array());
    }

    private static double[] array(DataInputStream in) throws IOException {
        return reals(in, in.readInt());
    }

    static double[] reals(DataInputStream in, long n) throws IOException {
        // A corrupted length must not allocate more than the bytes could hold.
        if (n < 0 || n * 8 > in.available()) {
            throw new IllegalArgumentException("checkpoint is truncated or corrupted: an array of " + n
                    + " values does not fit in the remaining " + in.available() + " bytes");
        }
        byte[] block = new byte[(int) n * 8];
        in.readFully(block);
        double[] a = new double[(int) n];
        ByteBuffer.wrap(block).asDoubleBuffer().get(a);
        return a;
    }

    private static void matrix(DataOutputStream out, double[][] m) throws IOException {
        out.writeInt(m.length);
        out.writeInt(m.length == 0 ? 0 : m[0].length);
        for (double[] row : m) {
            reals(out, row);
        }
    }

    private static double[][] matrix(DataInputStream in) throws IOException {
        int rows = in.readInt();
        int columns = in.readInt();
        if (rows < 0 || columns < 0 || rows > in.available() || (long) rows * columns * 8 > in.available()) {
            throw new IllegalArgumentException("checkpoint is truncated or corrupted: a " + rows + " x " + columns
                    + " matrix does not fit in the remaining " + in.available() + " bytes");
        }
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = reals(in, columns);
        }
        return m;
    }
}
