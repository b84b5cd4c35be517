package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evofit.wrapper.provenance.RepositoryState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a worker reads and writes around a fit in one statement each, against the SQLite and the PostgreSQL
 * store: {@link RunQueue#start} says what the single-purpose reads say, and a result recorded with the fit's
 * CPU time meters it once, also when the lease was lost.
 */
class RunStartContractTest {

    @TempDir
    Path dir;

    private interface StoreTest {
        void run(RunStore store) throws Exception;
    }

    private void with(String kind, StoreTest test) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir); Database db = Database.open(t.config(), 4)) {
            test.run(db.store());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aRunsStartSaysWhatTheSeparateReadsSay(String kind) throws Exception {
        with(kind, store -> {
            RepositoryState origin = new RepositoryState("c".repeat(40), true, false);
            Map<String, byte[]> inputs = Map.of("/m/model.yaml", utf8("model"), "/d/a.dat", utf8("1 2\n"),
                    "/d/b.dat", utf8("3 4\n"));
            store.queue().addSweep("s1", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", null)), inputs, Map.of("/m/model.yaml", origin), "req-9",
                    RunPriority.NORMAL, "alice", 10.0);
            store.queue().addSweep("s2", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null)), Map.of());
            store.queue().addCpu("s1", "a", 1.5);
            store.queue().addCpu("s1", "b", 2.25);
            // A re-plan's edited data file: the next start reads the new content's hash.
            store.queue().addRuns("s1", List.of(RunStoreContractTest.spec("c", null)),
                    InputFiles.Gathered.readable(Map.of("/d/a.dat", utf8("5 6\n"))), Map.of());

            for (String run : List.of("a", "c")) {
                RunStart s1 = store.queue().start("s1", run).orElseThrow();
                assertThat(s1.request()).isEqualTo(store.queue().request("s1").orElseThrow());
                assertThat(s1.cpuLeft()).isEqualTo(store.queue().cpuLeft("s1")).contains(6.25);
                assertThat(s1.origin()).isEqualTo(store.queue().origin("s1", run).orElse(null));
                assertThat(s1.inputs()).isEqualTo(store.files().inputs("s1")).hasSize(3);
                assertThat(s1.chained()).as("no run of s1 starts from another").isFalse();
            }
            assertThat(store.queue().start("s1", "a").orElseThrow().origin()).isEqualTo(origin);
            assertThat(store.queue().start("s1", "c").orElseThrow().origin()).isNull();

            RunStart s2 = store.queue().start("s2", "a").orElseThrow();
            assertThat(s2.request()).isNull();
            assertThat(s2.cpuLeft()).isEmpty();
            assertThat(s2.origin()).isNull();
            assertThat(s2.inputs()).isEmpty();
            assertThat(store.queue().start("s2", "nope")).isEmpty();

            // A sweep with a chain: each of its runs may have successors, the chain's first and last alike.
            store.queue().addSweep("s3", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", "a"), RunStoreContractTest.spec("c", null)), Map.of());
            for (String run : List.of("a", "b", "c")) {
                assertThat(store.queue().start("s3", run).orElseThrow().chained()).as(run)
                        .isEqualTo(store.queue().runs("s3").stream().anyMatch(r -> r.spec().startFrom() != null)).isTrue();
            }
            assertThat(store.queue().start("nope", "a")).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void theNamesASweepsInputsWereStoredWithComeWithEachRunsStartAndOutliveARePlan(String kind) throws Exception {
        with(kind, store -> {
            Map<String, byte[]> inputs = Map.of("/m/model.yaml", utf8("model"), "/d/a.dat", utf8("1 2\n"),
                    "/d/b.dat", utf8("3 4\n"));
            Map<String, String> names = Map.of("/m/model.yaml", "models/model.yaml", "/d/a.dat", "data/a.dat");
            store.queue().addSweep("s1", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null)),
                    InputFiles.Gathered.readable(inputs), Map.of(), null, RunPriority.NORMAL, null, null, names);
            store.queue().addSweep("s2", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null)), inputs);
            assertThat(store.queue().start("s1", "a").orElseThrow().shownAs()).isEqualTo(names)
                    .isEqualTo(store.files().shownAs("s1"));
            // A re-plan's new content for a named file keeps its name.
            store.queue().addRuns("s1", List.of(RunStoreContractTest.spec("c", null)),
                    InputFiles.Gathered.readable(Map.of("/d/a.dat", utf8("5 6\n"))), Map.of());
            assertThat(store.queue().start("s1", "c").orElseThrow().shownAs()).isEqualTo(names);
            assertThat(store.queue().start("s2", "a").orElseThrow().shownAs()).isEmpty();
            assertThat(store.files().shownAs("s2")).isEmpty();
            // A file that could not be read at submission is stored for its name only: nothing to materialise.
            Map<String, String> withUnread = Map.of("/m/model.yaml", "models/model.yaml", "/d/gone.dat", "data/gone.dat");
            store.queue().addSweep("s3", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null)),
                    new InputFiles.Gathered(Map.of("/m/model.yaml", utf8("model")), Set.of("/d/gone.dat")), Map.of(), null,
                    RunPriority.NORMAL, null, null, withUnread);
            RunStart s3 = store.queue().start("s3", "a").orElseThrow();
            assertThat(s3.shownAs()).isEqualTo(withUnread).isEqualTo(store.files().shownAs("s3"));
            assertThat(s3.inputs()).containsOnlyKeys("/m/model.yaml").isEqualTo(store.files().inputs("s3"));
            // A re-plan that can no longer read a stored file drops its content (the runs fail on it) and keeps its name.
            store.queue().addRuns("s1", List.of(RunStoreContractTest.spec("d", null)),
                    new InputFiles.Gathered(Map.of(), Set.of("/d/a.dat")), Map.of());
            for (String run : List.of("a", "d")) {
                RunStart s1 = store.queue().start("s1", run).orElseThrow();
                assertThat(s1.inputs()).containsOnlyKeys("/m/model.yaml", "/d/b.dat").isEqualTo(store.files().inputs("s1"));
                assertThat(s1.shownAs()).isEqualTo(names);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aRePlanThatReplacesAFilesContentDeletesTheOldContentNoSweepReads(String kind) throws Exception {
        with(kind, store -> {
            byte[] model = utf8("model");
            byte[] firstA = utf8("1 2\n");
            byte[] firstB = utf8("3 4\n");
            store.queue().addSweep("s1", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null)),
                    Map.of("/m/model.yaml", model, "/d/a.dat", firstA, "/d/b.dat", firstB));
            store.queue().addSweep("s2", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null)),
                    Map.of("/e/b.dat", firstB));
            // Both data files edited: a's first content is read by no sweep now, b's still by s2.
            store.queue().addRuns("s1", List.of(RunStoreContractTest.spec("c", null)), InputFiles.Gathered.readable(
                    Map.of("/d/a.dat", utf8("5 6\n"), "/d/b.dat", utf8("7 8\n"))), Map.of());
            assertNoContent(store, firstA);
            assertThat(store.files().input(Hashes.sha256(firstB))).isEqualTo(firstB);
            assertThat(store.files().input(Hashes.sha256(model))).isEqualTo(model);
            // A file that cannot be read at a re-plan loses its content; nothing else reads that content either.
            store.queue().addRuns("s1", List.of(RunStoreContractTest.spec("d", null)),
                    new InputFiles.Gathered(Map.of(), Set.of("/d/a.dat")), Map.of());
            assertNoContent(store, utf8("5 6\n"));
            assertThat(store.files().input(Hashes.sha256(utf8("7 8\n")))).isEqualTo(utf8("7 8\n"));
            assertThat(store.queue().start("s1", "d").orElseThrow().inputs()).containsOnlyKeys("/m/model.yaml", "/d/b.dat");
        });
    }

    private static void assertNoContent(RunStore store, byte[] content) {
        String sha = Hashes.sha256(content);
        assertThatThrownBy(() -> store.files().input(sha)).hasMessageContaining("no input file with sha256 " + sha);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aResultRecordedWithItsCpuTimeMetersItOnceEvenWhenTheLeaseIsLost(String kind) throws Exception {
        with(kind, store -> {
            Instant before = Instant.now().minusSeconds(1);
            store.queue().addSweep("s1", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", null), RunStoreContractTest.spec("c", null)), Map.of(), Map.of(), null,
                    RunPriority.NORMAL, "alice", 100.0);
            Lease a = store.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(store.leases().recordResult(a, 1.0, RunStoreContractTest.files("a"), 1.5)).isTrue();
            Lease stale = store.leases().claim("s1", "b", "w1").orElseThrow();
            Lease current = store.leases().claim("s1", "b", "w2").orElseThrow();
            assertThat(store.leases().recordFailure(stale, "late", Map.of(), 0.5)).isFalse();
            assertThat(store.leases().recordResult(current, 2.0, RunStoreContractTest.files("b"), 0.25)).isTrue();
            Lease c = store.leases().claim("s1", "c", "w1").orElseThrow();
            assertThat(store.leases().recordFailure(c, "bad data", Map.of(), 0)).isTrue();

            assertThat(store.queue().run("s1", "a").orElseThrow().fom()).isEqualTo(1.0);
            assertThat(store.queue().run("s1", "b").orElseThrow().worker()).isEqualTo("w2");
            assertThat(store.queue().run("s1", "c").orElseThrow().status()).isEqualTo(RunStatus.FAILED);
            // b: the refused stale attempt's 0.5 was spent too, with the result's 0.25; c: nothing metered, no use listed.
            assertThat(store.queue().cpuUses("alice", before)).extracting(CpuUse::seconds).containsExactlyInAnyOrder(1.5, 0.75);
            assertThat(store.queue().cpuLeft("s1")).contains(100.0 - 1.5 - 0.75);
        });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
