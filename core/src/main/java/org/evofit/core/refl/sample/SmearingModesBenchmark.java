package org.evofit.core.refl.sample;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.refl.KernelImplementation;
import org.evofit.core.refl.LayerSequence;
import org.evofit.core.refl.PairedTimer;
import org.evofit.core.refl.ParrattKernel;
import org.evofit.core.refl.SlabStack;
import org.evofit.core.refl.SmearedReflectivity;
import org.evofit.core.refl.SmearingWorkspace;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.InstrumentWorkspace;
import org.evofit.core.refl.instrument.Probe;

/**
 * Times every resolution mode evofit calls accurate beside GenX's {@code fast conv} (and its
 * {@code full conv}) on the data of examples/neutron-film, for {@code evofit bench --kernel}: a
 * ~1250 Å film on Si measured with neutrons, 300 points evenly spaced over 0.005–0.12 Å⁻¹, σ = 4e-4
 * Å⁻¹ (constant; GenX's modes), σ = 1 %·Q (relative) and σ = 4e-4·(0.5 + Q/0.12 Å⁻¹) from a column
 * (pointwise). Each curve runs the whole instrument pipeline a fit runs: GenX's modes around the
 * production kernel, the accurate ones around {@link SmearedReflectivity} evaluating the production kernel on
 * its grid, as fits do. Constant and relative widths are timed again with the film's SLD alternating
 * between 3.47 and 3.48 from one curve to the next, as in a fit that varies it: its critical edge moves,
 * so the edge quadrature is laid anew on every curve, which a fixed stack, whose layout is kept, never pays.
 *
 * <p>Each mode is timed against fast conv in alternating batches of the thread's CPU time ({@link PairedTimer}), so
 * that both meet the same load: timed one after the other on the wall clock, a fast conv measured in one of this
 * host's slow phases (seconds in which every curve costs ~40 % more) and a mode measured outside it put the mode
 * under the 2x line, or the other way round over it (pointwise widths read 1.71-2.15x in four runs of 2026-12-07).
 */
public final class SmearingModesBenchmark {

    private static final int POINTS = 300;
    private static final double SIGMA = 4e-4;

    private final PairedTimer timer;

    /**
     * A benchmark measuring each mode for at least this long.
     *
     * @param minSeconds the least time each mode is repeated for, after warm-up
     */
    public SmearingModesBenchmark(double minSeconds) {
        this.timer = new PairedTimer(minSeconds);
    }

    /**
     * GenX's full conv, evofit's constant, relative and pointwise modes, and constant and relative with the
     * film's SLD varying ("constant, SLD varying"), each against fast conv timed beside it; fast conv's own line
     * has the cost it had beside full conv.
     */
    public List<SmearingModeTiming> measure() {
        double[] x = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = 0.005 + 0.115 * i / (POINTS - 1);
        }
        SlabStack film = film(3.47);
        Runnable fast = genx(GenxResolution.FAST, x, film);
        PairedTimer.PairedNanos full = timer.nanosPerCall(genx(GenxResolution.FULL, x, film), fast);
        List<SmearingModeTiming> out = new ArrayList<>();
        out.add(new SmearingModeTiming(GenxResolution.FAST.genxName(), POINTS, full.second(), POINTS, full.second()));
        out.add(new SmearingModeTiming(GenxResolution.FULL.genxName(), POINTS, full.first(), 9 * POINTS,
                full.second()));
        for (AccurateResolution mode : AccurateResolution.values()) {
            double[] widths = new double[POINTS];
            double res = mode == AccurateResolution.RELATIVE ? 0.01 : SIGMA;
            double[] column = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                column[i] = SIGMA * (0.5 + x[i] / 0.12);
            }
            mode.widths(res, x, column, widths);
            out.add(accurate(mode.fileName(), x, widths, new SlabStack[] {film}, fast));
        }
        SlabStack[] varying = {film, film(3.48)};
        for (AccurateResolution mode : new AccurateResolution[] {AccurateResolution.CONSTANT, AccurateResolution.RELATIVE}) {
            double[] widths = new double[POINTS];
            mode.widths(mode == AccurateResolution.RELATIVE ? 0.01 : SIGMA, x, null, widths);
            out.add(accurate(mode.fileName() + ", SLD varying", x, widths, varying, fast));
        }
        return out;
    }

    /** examples/neutron-film's film of this SLD (1e-6 Å⁻²) on Si. */
    private static SlabStack film(double sld) {
        return SlabStack.fromSld(new double[] {0, 1250, 0}, new double[] {0, sld, 2.07}, new double[] {0, 0, 0},
                new double[] {0, 7, 4});
    }

    /** One curve of a GenX mode around the production kernel, with its own scratch memory. */
    private static Runnable genx(GenxResolution mode, double[] x, SlabStack film) {
        GenxInstrument instrument = instrument(mode);
        ParrattKernel kernel = KernelImplementation.PRODUCTION.newKernel();
        LayerSequence sequence = LayerSequence.of(film);
        InstrumentWorkspace ws = new InstrumentWorkspace();
        double[] out = new double[x.length];
        return () -> instrument.apply(x, (q, r) -> kernel.reflectivity(sequence, q, r), out, ws);
    }

    /**
     * A mode's curve, on the films in turn from one call to the next, timed beside fast conv; its kernel evaluations
     * on the first.
     */
    private SmearingModeTiming accurate(String name, double[] x, double[] widths, SlabStack[] films, Runnable fast) {
        GenxInstrument instrument = instrument(GenxResolution.NONE);
        SmearedReflectivity plan = SmearedReflectivity.pointwise(x, widths);
        ParrattKernel kernel = KernelImplementation.PRODUCTION.newKernel();
        LayerSequence[] sequences = new LayerSequence[films.length];
        for (int f = 0; f < films.length; f++) {
            sequences[f] = LayerSequence.of(films[f]);
        }
        SmearingWorkspace smearing = new SmearingWorkspace();
        InstrumentWorkspace ws = new InstrumentWorkspace();
        double[] out = new double[x.length];
        int[] calls = {0};
        Runnable curve = () -> {
            int f = calls[0]++ % films.length;
            SmearedReflectivity.Curve unsmeared = (q, count, r) -> kernel.reflectivity(sequences[f], q, 0, count, r);
            instrument.applyAccurate(instrument.wavelength(), 1, 0, 0, instrument.beamw(), instrument.samplelen(), x,
                    widths, (q, dq, r) -> plan.reflectivity(films[f], unsmeared, r, smearing), out, ws);
        };
        curve.run();
        int evaluations = plan.evaluations(films[0]);
        PairedTimer.PairedNanos nanos = timer.nanosPerCall(curve, fast);
        return new SmearingModeTiming(name, x.length, nanos.first(), evaluations, nanos.second());
    }

    private static GenxInstrument instrument(GenxResolution mode) {
        return new GenxInstrument(Probe.NEUTRON, 4.4, Coordinates.Q, 1, 0, 0, SIGMA, mode, 9, 2, 0.01,
                FootprintType.NONE, 10);
    }
}
