package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defects 11 and 13: a model script runs inside evofit, so its failures must keep the
 * exit-code contract: exit 2 for a script that cannot end the process or fails while compiling or
 * defining its model, exit 1 for one that fails while simulating; always the script's file and line,
 * never a raw stack trace, and never the script's own exit code.
 */
class ScriptFailureTest {

    private static final String TEMPLATE = """
            import org.evofit.core.data.DataSet;
            import org.evofit.wrapper.script.ModelScript;
            import org.evofit.wrapper.script.ScriptContext;
            import org.evofit.wrapper.script.Values;

            public final class Line implements ModelScript {
                private int a;

                @Override
                public void define(ScriptContext c) {
                    a = c.parameter("a", 1, 0, 2);
                    c.data("line.dat", 0, 1);
                    c.fom("diff");
                    c.population(6);
                    c.generations(3);
                    DEFINE
                }

                @Override
                public void simulate(Values v, int dataSet, DataSet data, double[] out) {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = v.at(a) * data.x()[i];
                    }
                    SIMULATE
                }

                EXTRA
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeData() throws IOException {
        Files.writeString(dir.resolve("line.dat"), "0 0\n1 1.1\n2 1.9\n3 3.2\n4 3.9\n");
    }

    private Cli.Run fit(String define, String simulate, String extra) throws IOException {
        Files.writeString(dir.resolve("model.java"), script(define, simulate, extra));
        return Cli.run("fit", dir.resolve("model.java").toString(), "--out", dir.resolve("out").toString(),
                "--quiet", "--threads", "1");
    }

    private static String script(String define, String simulate, String extra) {
        return TEMPLATE.replace("DEFINE", define).replace("SIMULATE", simulate).replace("EXTRA", extra);
    }

    /** The 1-based line of the template holding {@code marker}. */
    private static int lineOf(String marker) {
        List<String> lines = TEMPLATE.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker);
    }

    private void assertFails(Cli.Run run, int exitCode, String at, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).startsWith("evofit: ").contains(dir.resolve("model.java") + ":" + at + ": ")
                .contains(message).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theTemplateItselfFits() throws IOException {
        Cli.Run run = fit("", "", "");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void systemExitInDefineIsRefusedBeforeItRunsAndDoesNotEndEvofit() throws IOException {
        Cli.Run run = fit("System.exit(42);", "", "");

        assertFails(run, 2, String.valueOf(lineOf("DEFINE")), "a model script must not call System.exit");
    }

    @Test
    void runtimeHaltAnywhereAndExitAsAMethodReferenceAreRefusedToo() throws IOException {
        assertFails(fit("", "Runtime.getRuntime().halt(3);", ""), 2, String.valueOf(lineOf("SIMULATE")),
                "must not call Runtime.getRuntime: it runs inside evofit, and java.lang.Runtime could end evofit");
        assertFails(fit("java.util.function.IntConsumer quit = System::exit;", "", ""), 2,
                String.valueOf(lineOf("DEFINE")), "must not call System.exit");
    }

    @Test
    void exitReachedByReflectionMethodHandlesOrAClassLoaderIsRefusedBeforeItRuns() throws IOException {
        String define = String.valueOf(lineOf("DEFINE"));
        assertFails(fit("try { System.class.getMethod(\"exit\", int.class).invoke(null, 42); }"
                + " catch (ReflectiveOperationException e) { }", "", ""), 2, define, "must not call Method.invoke");
        assertFails(fit("try { Class.forName(\"java.lang.System\"); } catch (ClassNotFoundException e) { }", "", ""),
                2, define, "must not call Class.forName");
        assertFails(fit("try { java.lang.invoke.MethodHandles.lookup().findStatic(System.class, \"exit\","
                + " java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(42); }"
                + " catch (Throwable e) { }", "", ""), 2, define, "must not call MethodHandles.lookup");
        assertFails(fit("try { new ProcessBuilder(\"true\").start(); } catch (java.io.IOException e) { }", "", ""),
                2, define, "must not call ProcessBuilder.<init>");
        assertFails(fit("", "", "static final class Loader extends java.net.URLClassLoader {"
                + " Loader() { super(new java.net.URL[0]); } }"), 2, String.valueOf(lineOf("EXTRA")),
                "must not call URLClassLoader.<init>");
    }

    @Test
    void infiniteRecursionInDefineIsBadInputAtTheScriptsLine() throws IOException {
        Cli.Run run = fit("deeper(1);", "", "private static int deeper(int n) { return deeper(n + 1) + 1; }");

        assertFails(run, 2, String.valueOf(lineOf("EXTRA")), "overflowed the stack");
    }

    @Test
    void aThrowingStaticInitialiserIsBadInputAtItsLine() throws IOException {
        Cli.Run run = fit("", "", "private static final int BROKEN = Integer.parseInt(\"twelve\");");

        assertFails(run, 2, String.valueOf(lineOf("EXTRA")), "the script's static initialiser failed");
    }

    @Test
    void aHugeAllocationInDefineIsBadInputAtItsLine() throws IOException {
        Cli.Run run = fit("double[] huge = new double[Integer.MAX_VALUE];", "", "");

        assertFails(run, 2, String.valueOf(lineOf("DEFINE")), "ran out of memory");
    }

    @Test
    void aFailureWhileSimulatingIsExit1AtTheScriptsLine() throws IOException {
        Cli.Run run = fit("", "if (v.at(a) >= 0) { throw new IllegalStateException(\"no curve here\"); }", "");

        assertFails(run, 1, String.valueOf(lineOf("SIMULATE")), "the script's simulate failed: no curve here");
    }

    /** Defect 9's class: a script's own layers, computed from its parameters, can be negative. */
    @Test
    void aNegativeThicknessTheScriptComputesIsExit1NamingTheLayerAndValueAtTheScriptsLine() throws IOException {
        String kernel = "org.evofit.core.refl.ReflectivityKernel.reflectivity(new org.evofit.core.refl.SlabStack("
                + "new double[] {0, 10 * v.at(a) - 30, 0}, new double[] {0, 1e-5, 2e-5}, new double[3], new double[3]),"
                + " data.x(), out, new org.evofit.core.refl.KernelWorkspace());";
        Cli.Run run = fit("", kernel, "");

        assertFails(run, 1, String.valueOf(lineOf("SIMULATE")), "the script's simulate failed: layer 1 has thickness -");
        assertThat(run.err()).contains(" Å; a thickness cannot be negative");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void infiniteRecursionWhileSimulatingIsExit1AtTheScriptsLine() throws IOException {
        Cli.Run run = fit("", "out[0] = deeper(1);", "private static int deeper(int n) { return deeper(n + 1) + 1; }");

        assertFails(run, 1, String.valueOf(lineOf("EXTRA")), "overflowed the stack");
    }

    /** Defect 13: the duplicate was reported without a line. */
    @Test
    void aParameterDeclaredTwiceIsReportedAtTheSecondDeclaration() throws IOException {
        Cli.Run run = fit("c.fixed(\"a\", 1);", "", "");

        assertFails(run, 2, String.valueOf(lineOf("DEFINE")), "parameter a is declared twice");
    }

    /** Defect 13: the message was "Input length = 1". */
    @Test
    void aScriptThatIsNotUtf8IsReportedAtTheFirstBadByte() throws IOException {
        byte[] text = script("// caf\u00e9", "", "").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("model.java"), text);

        Cli.Run run = Cli.run("fit", dir.resolve("model.java").toString(), "--out", dir.resolve("out").toString());

        assertFails(run, 2, lineOf("DEFINE") + ":" + (TEMPLATE.lines().toList().get(lineOf("DEFINE") - 1)
                .indexOf("DEFINE") + 7), "expected UTF-8 text but found the byte 0xe9");
    }
}
