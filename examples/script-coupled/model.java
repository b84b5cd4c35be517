import org.evofit.core.data.DataSet;
import org.evofit.core.refl.KernelWorkspace;
import org.evofit.core.refl.ReflectivityKernel;
import org.evofit.core.refl.SlabStack;
import org.evofit.wrapper.script.ModelScript;
import org.evofit.wrapper.script.ScriptContext;
import org.evofit.wrapper.script.Values;

/**
 * A Mo/Si multilayer on Si whose Mo thickness grows from period to period: d_k = d0 + k·delta for
 * period k = 0 (on the substrate) .. PERIODS-1 (at the surface). A YAML model repeats one stack with
 * one thickness; here the gradient is two parameters. X-ray SLDs at Cu Kα (approximate), x is q (1/Å).
 */
public final class GradedMultilayer implements ModelScript {

    private static final int PERIODS = 10;
    private static final double MO_RE = 71.4 * SlabStack.SLD_TO_U;
    private static final double MO_IM = -3.9 * SlabStack.SLD_TO_U;   // absorption: negative Im U
    private static final double SI_RE = 20.1 * SlabStack.SLD_TO_U;
    private static final double SI_IM = -0.46 * SlabStack.SLD_TO_U;

    private int d0, delta, dSi, sigma, i0, bkg;
    // Ambient, PERIODS × (Si, Mo) from the top down, substrate; refilled on every evaluation.
    private final int n = 2 * PERIODS + 2;
    private final SlabStack stack = new SlabStack(new double[n], new double[n], new double[n], new double[n]);
    private final KernelWorkspace workspace = new KernelWorkspace();

    @Override
    public void define(ScriptContext c) {
        d0 = c.parameter("d0", 22, 15, 25);          // Mo thickness of the bottom period, Å
        delta = c.parameter("delta", 0.2, -0.5, 1.5); // Mo thickness step per period, Å
        dSi = c.parameter("dSi", 30, 25, 35);        // Si spacer thickness, Å
        sigma = c.parameter("sigma", 4, 1, 6);       // every interface's roughness, Å
        i0 = c.fixed("I0", 1);
        bkg = c.fixed("bkg", 1e-7);
        c.data("graded.dat", 0, 1, 2);
        c.fom("log");
        c.population(40);
        c.generations(300);
        c.seed(1);
    }

    @Override
    public void simulate(Values v, int dataSet, DataSet data, double[] out) {
        double roughness = v.at(sigma);
        int j = 1;
        for (int k = PERIODS - 1; k >= 0; k--) {
            layer(j++, v.at(dSi), SI_RE, SI_IM, roughness);
            layer(j++, v.at(d0) + k * v.at(delta), MO_RE, MO_IM, roughness);
        }
        layer(j, 0, SI_RE, SI_IM, roughness);
        ReflectivityKernel.reflectivity(stack, data.x(), out, workspace);
        double scale = v.at(i0);
        double background = v.at(bkg);
        for (int i = 0; i < out.length; i++) {
            out[i] = scale * out[i] + background;
        }
    }

    private void layer(int j, double thickness, double uRe, double uIm, double roughness) {
        stack.thickness()[j] = thickness;
        stack.uRe()[j] = uRe;
        stack.uIm()[j] = uIm;
        stack.roughness()[j] = roughness;
    }
}
