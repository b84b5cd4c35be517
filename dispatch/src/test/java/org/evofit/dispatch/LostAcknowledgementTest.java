package org.evofit.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A commit that succeeds on the server while the connection dies before its acknowledgement reaches
 * the worker: the store's retry on a new connection must see the run recorded by this very lease
 * (recorded, once), not report a lost lease.
 */
class LostAcknowledgementTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aResultWhoseCommitAcknowledgementIsLostIsRecordedOnce(String kind) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir); Database db = Database.open(t.config(), 4)) {
            RunStore plain = db.store();
            plain.queue().addSweep("s1", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null)), Map.of());
            Lease lease = plain.leases().claim("s1", "a", "w1").orElseThrow();
            assertThat(plain.checkpoints().save(lease, 10, new byte[] {1, 2})).isTrue();
            AckLoss connection = new AckLoss(db.dataSource());
            RunStore lossy = new JdbcRunStore(connection.dataSource());

            connection.loseNextAcknowledgement();
            assertThat(lossy.leases().recordResult(lease, 1.5, RunStoreContractTest.files("a"), 2.5)).isTrue();

            assertThat(connection.lost()).as("commits made whose acknowledgement was lost").isEqualTo(1);
            RunRow row = plain.queue().run("s1", "a").orElseThrow();
            assertThat(row.status()).isEqualTo(RunStatus.DONE);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.worker()).isEqualTo("w1");
            assertThat(row.fom()).isEqualTo(1.5);
            assertThat(new String(plain.files().runFiles("s1", "a").get("result.json"), StandardCharsets.UTF_8)).isEqualTo("a");
            assertThat(plain.checkpoints().latest("s1", "a")).isEmpty();
            // The fit's CPU time, recorded in the same transaction, is counted once too.
            assertThat(cpuSeconds(db, "s1", "a")).isEqualTo(2.5);
            // Recorded once: the lease cannot record the run a second time.
            assertThat(plain.leases().recordResult(lease, 2.0, RunStoreContractTest.files("b"))).isFalse();
            assertThat(plain.queue().run("s1", "a").orElseThrow().fom()).isEqualTo(1.5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aFailureWhoseCommitAcknowledgementIsLostIsRecordedAndAStaleLeaseStaysRefused(String kind) throws Exception {
        try (TestDatabase t = TestDatabase.of(kind, dir); Database db = Database.open(t.config(), 4)) {
            RunStore plain = db.store();
            plain.queue().addSweep("s1", "sweep.yaml", List.of(RunStoreContractTest.spec("a", null),
                    RunStoreContractTest.spec("b", null)), Map.of());
            Lease a = plain.leases().claim("s1", "a", "w1").orElseThrow();
            Lease stale = plain.leases().claim("s1", "b", "w1").orElseThrow();
            Lease current = plain.leases().claim("s1", "b", "w2").orElseThrow();
            assertThat(plain.leases().recordResult(current, 3.0, RunStoreContractTest.files("w2"))).isTrue();
            AckLoss connection = new AckLoss(db.dataSource());
            RunStore lossy = new JdbcRunStore(connection.dataSource());

            connection.loseNextAcknowledgement();
            assertThat(lossy.leases().recordFailure(a, "bad data", Map.of("error.txt", "bad data\n".getBytes(StandardCharsets.UTF_8))))
                    .isTrue();
            assertThat(plain.queue().run("s1", "a").orElseThrow().status()).isEqualTo(RunStatus.FAILED);
            assertThat(plain.queue().run("s1", "a").orElseThrow().error()).isEqualTo("bad data");

            // The stale attempt's commit changes nothing; losing its acknowledgement does not make it w2's result.
            connection.loseNextAcknowledgement();
            assertThat(lossy.leases().recordResult(stale, 9.0, RunStoreContractTest.files("w1"))).isFalse();
            assertThat(connection.lost()).isEqualTo(2);
            RunRow b = plain.queue().run("s1", "b").orElseThrow();
            assertThat(b.worker()).isEqualTo("w2");
            assertThat(b.fom()).isEqualTo(3.0);
        }
    }

    private static double cpuSeconds(Database db, String sweep, String run) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             var st = c.prepareStatement("SELECT cpu_seconds FROM runs WHERE sweep = ? AND id = ?")) {
            st.setString(1, sweep);
            st.setString(2, run);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }
}
