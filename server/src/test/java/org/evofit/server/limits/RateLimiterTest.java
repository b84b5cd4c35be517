package org.evofit.server.limits;

import org.evofit.server.Action;
import org.evofit.server.Rate;
import org.evofit.server.RateLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.evofit.server.MovingClock;
import org.evofit.server.ServiceException;
import org.junit.jupiter.api.Test;

/** Each limit refuses the request past its count with 429 and the wait, per account and per address apart. */
class RateLimiterTest {

    private static final List<Action> LIMITED = List.of(Action.SIGN_IN, Action.UPLOAD, Action.SUBMISSION, Action.PERMALINK);

    /** Every limit 3 per minute per account, 5 per minute per address. */
    private static RateLimits small() {
        RateLimits limits = RateLimits.defaults();
        for (Action a : LIMITED) {
            limits = limits.with(a.key() + ".user=3/minute").with(a.key() + ".address=5/minute");
        }
        return limits;
    }

    @Test
    void theAccountsLimitRefusesTheFourthAndNamesItAndTheWait() {
        for (Action action : LIMITED) {
            RateLimiter limiter = new RateLimiter(small(), new MovingClock());
            for (int i = 0; i < 3; i++) {
                limiter.take(action, "alice", "10.0.0.1");
            }
            assertThatThrownBy(() -> limiter.take(action, "alice", "10.0.0.2")).isInstanceOfSatisfying(ServiceException.class, e -> {
                assertThat(e.status()).isEqualTo(429);
                // 3 per minute refill one every 20 s: the fourth may come 20 s after the burst.
                assertThat(e.retryAfterSeconds()).as(action.key()).isEqualTo(20);
                assertThat(e.getMessage()).contains(action.key() + ".user", "alice", "3/minute", "try again in 20 seconds");
            });
            assertThatCode(() -> limiter.take(action, "bob", "10.0.0.1")).as("another account from the same address")
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theAddressLimitRefusesWhoeverComesFromIt() {
        for (Action action : LIMITED) {
            RateLimiter limiter = new RateLimiter(small(), new MovingClock());
            for (int i = 0; i < 5; i++) {
                limiter.take(action, "user" + i, "10.0.0.1");
            }
            assertThatThrownBy(() -> limiter.take(action, "someone-new", "10.0.0.1"))
                    .isInstanceOfSatisfying(ServiceException.class, e -> {
                        assertThat(e.retryAfterSeconds()).isEqualTo(12);
                        assertThat(e.getMessage()).contains(action.key() + ".address", "10.0.0.1", "5/minute");
                    });
            assertThatCode(() -> limiter.take(action, "someone-new", "10.0.0.2")).as("another address")
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theBucketRefillsAsTheClockMovesAndTheActionsCountApart() {
        MovingClock clock = new MovingClock();
        RateLimiter limiter = new RateLimiter(small(), clock);
        for (int i = 0; i < 3; i++) {
            limiter.take(Action.UPLOAD, "alice", "10.0.0.1");
        }
        assertThatCode(() -> limiter.take(Action.SUBMISSION, "alice", "10.0.0.1")).as("submissions count apart")
                .doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(19));
        assertThatThrownBy(() -> limiter.take(Action.UPLOAD, "alice", "10.0.0.1"))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> limiter.take(Action.UPLOAD, "alice", "10.0.0.1")).as("one more after 20 s")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.take(Action.UPLOAD, "alice", "10.0.0.1")).isInstanceOf(ServiceException.class);
    }

    @Test
    void requestsAreFoundByMethodAndPath() {
        assertThat(Action.of("POST", "/sign-in")).contains(Action.SIGN_IN);
        assertThat(Action.of("GET", "/sign-in")).isEmpty();
        assertThat(Action.of("POST", "/api/projects/p/files")).contains(Action.UPLOAD);
        assertThat(Action.of("POST", "/projects/p/files")).contains(Action.UPLOAD);
        assertThat(Action.of("POST", "/api/projects/p/uploads")).contains(Action.UPLOAD);
        assertThat(Action.of("PATCH", "/api/projects/p/uploads/abc")).as("a resumable upload's chunks are one upload").isEmpty();
        assertThat(Action.of("POST", "/api/projects/p/runs")).contains(Action.SUBMISSION);
        assertThat(Action.of("GET", "/runs/0123456789")).contains(Action.PERMALINK);
        assertThat(Action.of("GET", "/api/sweeps/0123456789")).contains(Action.PERMALINK);
        assertThat(Action.of("GET", "/sweeps/0123456789/runs/r1")).contains(Action.PERMALINK);
        assertThat(Action.of("GET", "/api/runs/0123456789/events")).as("live progress").isEmpty();
        assertThat(Action.of("POST", "/api/projects/p/sharing")).contains(Action.SHARE);
        assertThat(Action.of("DELETE", "/api/account/tokens/t")).contains(Action.DELETION);
        assertThat(Action.of("POST", "/account/tokens/t/revoke")).contains(Action.DELETION);
    }

    @Test
    void settingsAreCheckedAndNamed() {
        assertThat(RateLimits.defaults().with("upload.user=7/hour").of(Action.UPLOAD, RateLimits.Scope.USER))
                .isEqualTo(new Rate(7, Duration.ofHours(1)));
        assertThatThrownBy(() -> RateLimits.defaults().with("upload.everyone=7/hour")).hasMessageContaining("sign-in.user");
        assertThatThrownBy(() -> RateLimits.defaults().with("upload.user=7/fortnight")).hasMessageContaining("COUNT/UNIT");
        assertThatThrownBy(() -> RateLimits.defaults().with("upload.user=0/hour")).hasMessageContaining("at least 1");
    }
}
