// evofit quickstart for JShell: jshell --class-path cli/target/evofit.jar examples/notebook/quickstart.jsh
// Builds an Fe film on SiO2 in code, simulates an X-ray curve from known values, adds noise, fits it.
import org.evofit.wrapper.api.*;

// 2θ from 0.3° to 6° in 0.02° steps.
double[] x = java.util.stream.IntStream.range(0, 286).mapToDouble(i -> 0.3 + 0.02 * i).toArray();

// JShell ends a statement at a complete line, so chained calls keep their dot at the end of the line.
var builder = Evofit.reflectivity().
    xray(1.54).twoTheta().
    resolution("fast conv", 0.005).
    layer("Amb", l -> l.sld(0, 0)).
    layer("Film", l -> l.material("Fe").dens(0.07, 0.05, 0.1).d(100, 50, 150).sigma(3, 0.5, 8)).
    layer("Sub", l -> l.material("Si + 2*O").dens(0.0266).sigma(2, 0.5, 8)).
    ambient("Amb").stack("film", 1, "Film").substrate("Sub").
    data("xrr", x, new double[x.length]).          // only the x grid matters for the simulation
    fom("log").generations(200).population(30).seed(3);

// The truth: what the fit should find again.
var truth = builder.build().simulate(java.util.Map.of(
    "Film.dens", 0.0849, "Film.d", 123.0, "Film.sigma", 4.0, "Sub.sigma", 3.0)).get(0).model();

// 3 % multiplicative noise from a fixed seed, so every run sees the same data.
var random = new java.util.Random(42);
double[] y = new double[x.length];
for (int i = 0; i < x.length; i++) y[i] = truth[i] * (1 + 0.03 * random.nextGaussian());

var model = builder.data("xrr", x, y).build();
var fit = model.fit();
System.out.println(fit.table());
System.out.printf("log FOM %.4g; Film.d = %.2f Å (true 123)%n", fit.fom(), fit.value("Film.d"));

// The posterior around the optimum (MCMC): medians and 68 %/95 % intervals a referee accepts. The data have
// no errors, so each point counts as the log figure of merit counts it, with a sampled scale (lnErrorScale: the
// mean |log10 residual|; for 3 % noise ln(0.03 sqrt(2/pi) / ln 10) = -4.57).
var posterior = fit.sample(32, 1500, java.nio.file.Files.createTempDirectory("evofit-posterior"));
System.out.print(posterior.table());
/exit
