import org.evofit.core.data.DataSet;
import org.evofit.core.refl.LayerSequence;
import org.evofit.core.refl.SequenceKernel;
import org.evofit.core.refl.SlabStack;
import org.evofit.core.refl.instrument.Coordinates;
import org.evofit.core.refl.instrument.FootprintType;
import org.evofit.core.refl.instrument.GenxInstrument;
import org.evofit.core.refl.instrument.GenxResolution;
import org.evofit.core.refl.instrument.InstrumentWorkspace;
import org.evofit.core.refl.instrument.Probe;
import org.evofit.wrapper.script.ModelScript;
import org.evofit.wrapper.script.ScriptContext;
import org.evofit.wrapper.script.Values;

/** An Fe film on Si given by SLDs, built the way film.yaml's reflectivity model builds it. */
public final class FilmScript implements ModelScript {

    private static final double U = SlabStack.SLD_TO_U;
    private final GenxInstrument instrument = new GenxInstrument(Probe.XRAY, 1.54, Coordinates.Q, 1, 0, 0,
            0.001, GenxResolution.NONE, 5, 2, 0.01, FootprintType.NONE, 10);
    private final LayerSequence layers = new LayerSequence(3);
    private final SequenceKernel.Workspace kernel = new SequenceKernel.Workspace();
    private final InstrumentWorkspace pipeline = new InstrumentWorkspace();
    private int d;
    private int feSigma;
    private int siSigma;

    @Override
    public void define(ScriptContext c) {
        d = c.parameter("Fe.d", 100, 50, 150);
        feSigma = c.fixed("Fe.sigma", 4);
        siSigma = c.fixed("Si.sigma", 3);
        c.data("film.dat", 0, 1);
    }

    @Override
    public void simulate(Values v, int dataSet, DataSet data, double[] out) {
        layers.setLayer(0, 0, 0, 0);
        layers.setLayer(1, U * 59.1, -U * 7.3, v.at(d));
        layers.setLayer(2, U * 20.1, -U * 0.46, 0);
        layers.clear();
        layers.append(0, 0);
        layers.append(1, v.at(feSigma));
        layers.append(2, v.at(siSigma));
        instrument.apply(data.x(), (q, r) -> SequenceKernel.reflectivity(layers, q, r, kernel), out, pipeline);
    }
}
