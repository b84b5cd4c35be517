package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evofit.core.materials.ComplexValue;
import org.evofit.core.materials.Composition;
import org.evofit.core.materials.XrayScatteringFactors;
import org.evofit.core.refl.KernelWorkspace;
import org.evofit.core.refl.ReflectivityKernel;
import org.evofit.core.refl.SlabStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GenX's X-ray example (X-ray_Reflectivity.hgx): the stored model at the stored parameter values,
 * simulated with the Parratt kernel, the materials tables and GenX's instrument pipeline, reproduces the
 * curve GenX itself stored (y_sim). See src/test/resources/genx/README.md for the model.
 */
class GenxXrayExampleTest {

    private static final double LAMBDA = 1.54;
    private static final int REPETITIONS = 19;

    private static double[] x;
    private static double[] ySim;
    private static Map<String, Double> table;

    @BeforeAll
    static void readGenxFiles() throws IOException {
        List<double[]> rows = rows("xray_reflectivity_data.txt");
        x = rows.stream().mapToDouble(r -> r[0]).toArray();
        ySim = rows.stream().mapToDouble(r -> r[3]).toArray();
        table = new HashMap<>();
        for (String[] fields : lines("xray_reflectivity_parameters.txt")) {
            table.put(fields[0], Double.parseDouble(fields[1]));
        }
    }

    @Test
    void theMaterialsTablesGiveGenxsScatteringFactors() {
        // GenX's fp at 1.54 Å, as written in the resources README.
        assertClose(f("Fe"), 24.76699611698429, -3.1786419529742282);
        assertClose(f("Pt"), 73.25202018222294, -6.826799282176071);
        assertClose(Composition.parse("Mg + O").f(LAMBDA), 20.213399364744305, -0.20880992251206015);
    }

    @Test
    void reproducesGenxsSimulationToOnePartPerMillion() {
        double[] y = simulate(false);
        double worst = maxRelativeDeviation(y);
        System.out.printf("GenX X-ray example: max relative deviation from y_sim %.3g%n", worst);
        assertThat(worst).isLessThan(1e-6);
    }

    @Test
    void theLinearSldApproximationWouldMissIt() {
        // Why GenX's squared-index form matters: U = 4π r_e dens f instead of k0²(1 - n²).
        assertThat(maxRelativeDeviation(simulate(true))).isGreaterThan(1e-6);
    }

    /** The example's model: GenX's parameter table over the script's constants and couplings. */
    private static double[] simulate(boolean linearSld) {
        double feD = p("Fe.setD");
        double feSigma = p("Fe.setSigma");
        double ptD = p("cp.setLambda") - feD;  // Pt.setD(cp.Lambda - Fe.d)
        double feDens = 2 / Math.pow(2.866, 3);
        double ptDens = 4 / Math.pow(3.92, 3);
        ComplexValue fe = f("Fe");
        ComplexValue pt = f("Pt");
        List<Layer> bottomUp = new ArrayList<>();
        bottomUp.add(new Layer(2 / Math.pow(4.2, 3), Composition.parse("Mg + O").f(LAMBDA), 0, p("Sub.setSigma")));
        bottomUp.add(new Layer(feDens, fe, p("bufFe.setD"), p("bufFe.setSigma")));
        bottomUp.add(new Layer(ptDens, pt, p("bufPt.setD"), p("bufPt.setSigma")));
        for (int k = 0; k < REPETITIONS; k++) {
            bottomUp.add(new Layer(feDens, fe, feD, feSigma));
            bottomUp.add(new Layer(ptDens, pt, ptD, p("Pt.setSigma")));
        }
        bottomUp.add(new Layer(feDens, fe, feD, feSigma)); // TopFe.setD(Fe.d), TopFe.setSigma(Fe.sigma)
        bottomUp.add(new Layer(p("topPt.setDens"), pt, p("topPt.setD"), p("topPt.setSigma")));
        bottomUp.add(new Layer(1, new ComplexValue(1e-20, 1e-20), 0, 0)); // ambient

        // GenX lists layers from the substrate up, each with the roughness of its top interface; the
        // kernel starts at the ambient and gives each layer the roughness of the interface above it.
        int n = bottomUp.size();
        double[] dens = new double[n];
        double[] fRe = new double[n];
        double[] fIm = new double[n];
        double[] d = new double[n];
        double[] sigma = new double[n];
        for (int j = 0; j < n; j++) {
            Layer layer = bottomUp.get(n - 1 - j);
            dens[j] = layer.dens;
            fRe[j] = layer.f.re();
            fIm[j] = layer.f.im();
            d[j] = layer.d;
            sigma[j] = layer.sigma;
        }
        double[] uRe = new double[n];
        double[] uIm = new double[n];
        GenxPotentials.xray(LAMBDA, dens, fRe, fIm, uRe, uIm);
        if (linearSld) {
            for (int j = 0; j < n; j++) {
                uRe[j] = 4 * Math.PI * GenxPotentials.ELECTRON_RADIUS * dens[j] * fRe[j];
                uIm[j] = 4 * Math.PI * GenxPotentials.ELECTRON_RADIUS * dens[j] * fIm[j];
            }
        }
        assertThat(GenxPotentials.ambientQScale(LAMBDA, uRe[0])).isEqualTo(1.0);
        SlabStack stack = new SlabStack(d, uRe, uIm, sigma);
        KernelWorkspace kernelSpace = new KernelWorkspace();
        Reflectivity reflectivity = (q, r) -> ReflectivityKernel.reflectivity(stack, q, r, kernelSpace);

        GenxInstrument instrument = new GenxInstrument(Probe.XRAY, LAMBDA, Coordinates.TWO_THETA,
                p("inst.setI0"), 0, 0, p("inst.setRes"), GenxResolution.FAST, 5, 2, p("inst.setBeamw"),
                FootprintType.GAUSSIAN_BEAM, 10);
        double[] y = new double[x.length];
        instrument.apply(x, reflectivity, y, new InstrumentWorkspace());
        return y;
    }

    private static double maxRelativeDeviation(double[] y) {
        double worst = 0;
        for (int i = 0; i < y.length; i++) {
            worst = Math.max(worst, Math.abs(y[i] / ySim[i] - 1));
        }
        return worst;
    }

    private record Layer(double dens, ComplexValue f, double d, double sigma) {
    }

    private static ComplexValue f(String element) {
        return XrayScatteringFactors.standard().f(element, LAMBDA);
    }

    private static double p(String name) {
        Double value = table.get(name);
        assertThat(value).as(name).isNotNull();
        return value;
    }

    private static void assertClose(ComplexValue f, double re, double im) {
        assertThat(f.re()).isCloseTo(re, within(1e-12));
        assertThat(f.im()).isCloseTo(im, within(1e-12));
    }

    private static List<double[]> rows(String resource) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String[] fields : lines(resource)) {
            double[] row = new double[fields.length];
            for (int k = 0; k < fields.length; k++) {
                row[k] = Double.parseDouble(fields[k]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String[]> lines(String resource) throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = GenxXrayExampleTest.class.getResourceAsStream("/genx/" + resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.trim().split("\t"));
                }
            }
        }
        return lines;
    }
}
