package org.evofit.server.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.evofit.server.AuthOptions;
import org.evofit.server.MovingClock;
import org.evofit.server.ServiceException;
import org.junit.jupiter.api.Test;

/** A lock-out lasts its time, counts per name, and a success clears the count. */
class SignInLockoutTest {

    @Test
    void aLockEndsAfterItsTimeAndOtherNamesAreNotLocked() {
        MovingClock clock = new MovingClock();
        SignInLockout lockout = new SignInLockout(new AuthOptions(AuthOptions.Mode.REQUIRED, 2, Duration.ofMinutes(10)), clock);
        lockout.failed("alice");
        assertThatCode(() -> lockout.check("alice")).doesNotThrowAnyException();
        lockout.failed("alice");
        assertThatThrownBy(() -> lockout.check("alice")).isInstanceOf(ServiceException.class)
                .hasMessageContaining("try again in 10 minutes")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ServiceException) e).retryAfterSeconds())
                        .isEqualTo(600));
        assertThatCode(() -> lockout.check("bob")).doesNotThrowAnyException();

        clock.advance(Duration.ofMinutes(9));
        assertThatThrownBy(() -> lockout.check("alice")).hasMessageContaining("try again in 1 minute");
        clock.advance(Duration.ofMinutes(1));
        assertThatCode(() -> lockout.check("alice")).doesNotThrowAnyException();
        lockout.failed("alice");
        assertThatCode(() -> lockout.check("alice")).as("the count starts again after a lock").doesNotThrowAnyException();
        lockout.succeeded("alice");
        lockout.failed("alice");
        assertThatCode(() -> lockout.check("alice")).as("a success cleared it").doesNotThrowAnyException();
    }
}
