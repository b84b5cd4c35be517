package org.evofit.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.evofit.core.expr.ExpressionException;
import org.junit.jupiter.api.Test;

class CouplingsTest {

    private static final List<String> SLOTS = List.of("Lambda", "Fe.d", "Pt.d", "a", "b", "c");

    private static List<Coupling> lines(String... lines) {
        return Arrays.stream(lines).map(Coupling::parse).toList();
    }

    @Test
    void applyWritesTheExpressionValueIntoTheTargetSlot() {
        Couplings couplings = Couplings.resolve(lines("Pt.d = Lambda - Fe.d"), SLOTS);
        double[] values = {40, 15.5, 0, 0, 0, 0};

        couplings.apply(values);

        assertThat(values).containsExactly(40, 15.5, 24.5, 0, 0, 0);
    }

    @Test
    void couplingReadingAnotherTargetRunsAfterItWhateverTheDeclarationOrder() {
        Couplings couplings = Couplings.resolve(lines(
                "c = b * 2",
                "b = a + 1",
                "a = Lambda / 4"), SLOTS);
        double[] values = {40, 0, 0, -1, -1, -1};

        couplings.apply(values);

        double a = 40.0 / 4;
        double b = a + 1;
        assertThat(values[3]).isEqualTo(a);
        assertThat(values[4]).isEqualTo(b);
        assertThat(values[5]).isEqualTo(b * 2);
    }

    @Test
    void applyReadsTheCurrentValuesEveryTime() {
        Couplings couplings = Couplings.resolve(lines("Pt.d = Lambda - Fe.d"), SLOTS);
        double[] first = {40, 15, 0, 0, 0, 0};
        double[] second = {30, 12, 0, 0, 0, 0};

        couplings.apply(first);
        couplings.apply(second);

        assertThat(first[2]).isEqualTo(25);
        assertThat(second[2]).isEqualTo(18);
    }

    @Test
    void targetsAreListedInDeclarationOrder() {
        Couplings couplings = Couplings.resolve(lines("b = a", "a = 1", "Pt.d = b"), SLOTS);

        assertThat(couplings.targets()).containsExactly("b", "a", "Pt.d");
    }

    @Test
    void noCouplingsLeaveTheValuesAlone() {
        double[] values = {1, 2, 3, 4, 5, 6};

        Couplings.resolve(List.of(), SLOTS).apply(values);

        assertThat(values).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void twoCouplingCycleIsNamedAndBlamedOnItsFirstCoupling() {
        CouplingException e = catchThrowableOfType(CouplingException.class,
                () -> Couplings.resolve(lines("a = b + 1", "b = a * 2"), SLOTS));

        assertThat(e).hasMessage("cyclic couplings: a -> b -> a");
        assertThat(e.couplingIndex()).isZero();
        assertThat(e.position()).isEqualTo("a = ".length());
    }

    @Test
    void longerCycleBehindAnInnocentCouplingIsNamedInReadingOrder() {
        CouplingException e = catchThrowableOfType(CouplingException.class,
                () -> Couplings.resolve(lines("Pt.d = a", "a = c", "b = a", "c = b + Lambda"), SLOTS));

        // Pt.d reads a, which reads c, which reads b, which reads a again.
        assertThat(e).hasMessage("cyclic couplings: a -> c -> b -> a");
        assertThat(e.couplingIndex()).isEqualTo(1);
    }

    @Test
    void couplingReadingItsOwnTargetIsACycle() {
        CouplingException e = catchThrowableOfType(CouplingException.class,
                () -> Couplings.resolve(lines("Lambda = 1", "a = a + 1"), SLOTS));

        assertThat(e).hasMessage("cyclic couplings: a -> a");
        assertThat(e.couplingIndex()).isEqualTo(1);
    }

    @Test
    void unknownNameIsReportedAtItsColumnInTheLine() {
        String line = "Pt.d = Lambda - Fe.dd";

        CouplingException e = catchThrowableOfType(CouplingException.class,
                () -> Couplings.resolve(lines("a = 1", line), SLOTS));

        assertThat(e).hasMessage("unknown name 'Fe.dd'");
        assertThat(e.couplingIndex()).isEqualTo(1);
        assertThat(e.position()).isEqualTo(line.indexOf("Fe.dd"));
        assertThat(e.getCause()).isInstanceOf(ExpressionException.class);
    }

    @Test
    void unknownNameInACouplingBuiltInCodeCountsFromItsCanonicalLine() {
        Coupling c = Coupling.of("Pt.d", "Lambda - nope");

        CouplingException e = catchThrowableOfType(CouplingException.class,
                () -> Couplings.resolve(List.of(c), SLOTS));

        assertThat(e.position()).isEqualTo(c.toString().indexOf("nope"));
    }

    @Test
    void unknownTargetIsRejected() {
        CouplingException e = catchThrowableOfType(CouplingException.class,
                () -> Couplings.resolve(lines("a = 1", "  Au.d = 2"), SLOTS));

        assertThat(e).hasMessage("unknown target 'Au.d'");
        assertThat(e.couplingIndex()).isEqualTo(1);
        assertThat(e.position()).isEqualTo(2);
    }

    @Test
    void targetAssignedTwiceIsRejectedAtTheSecondAssignment() {
        CouplingException e = catchThrowableOfType(CouplingException.class,
                () -> Couplings.resolve(lines("a = 1", "b = 2", "a = 3"), SLOTS));

        assertThat(e).hasMessageContaining("'a'").hasMessageContaining("more than one coupling");
        assertThat(e.couplingIndex()).isEqualTo(2);
    }

    @Test
    void duplicateSlotNamesAreAProgrammingError() {
        assertThatThrownBy(() -> Couplings.resolve(List.of(), List.of("a", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
    }

    @Test
    void parameterNamedEIsADependencyNotTheConstant() {
        List<String> slots = List.of("e", "f");
        Couplings couplings = Couplings.resolve(lines("f = e * 2", "e = 3"), slots);
        double[] values = {0, 0};

        couplings.apply(values);

        assertThat(values).containsExactly(3, 6);
    }

    @Test
    void applyAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
        Couplings couplings = Couplings.resolve(lines(
                "c = b * 2", "b = a + sin(Lambda)", "a = Lambda / 4", "Pt.d = Lambda - Fe.d"), SLOTS);
        double[] values = {40, 15, 0, 0, 0, 0};
        for (int i = 0; i < 20_000; i++) {
            couplings.apply(values);
        }
        long threadId = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(threadId);
        for (int i = 0; i < 100_000; i++) {
            couplings.apply(values);
        }
        long allocated = threads.getThreadAllocatedBytes(threadId) - before;

        // A single boxed double per call would already be well over a megabyte.
        assertThat(allocated).isLessThan(16 * 1024);
    }
}
