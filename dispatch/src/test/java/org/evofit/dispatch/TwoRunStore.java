package org.evofit.dispatch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A run store of the given kind ({@code sqlite} or {@code postgres}, as {@link TestDatabase} makes it)
 * holding sweep {@code s1} with runs {@code a} and {@code b}: what the checkpoint tests claim leases on.
 */
final class TwoRunStore {

    /** A test given the store. */
    interface StoreTest {
        void run(RunStore store) throws Exception;
    }

    private TwoRunStore() {
    }

    /** Runs {@code test} on a new store of {@code kind} in {@code dir}, dropped afterwards. */
    static void with(String kind, Path dir, StoreTest test) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir); Database db = Database.open(t.config(), 4)) {
            db.store().queue().addSweep("s1", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", null)), Map.of());
            test.run(db.store());
        }
    }
}
