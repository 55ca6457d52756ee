package fr.inclusion.orientation.notification.outbound.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void defaultsWaitTwoFourEightSixteenSecondsThenPark() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(10), 5);

        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(2));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(4));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(8));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plusSeconds(16));
        assertThat(policy.nextAttempt(5, NOW)).as("the fifth failure parks").isEmpty();
    }

    @Test
    void waitNeverExceedsTheMaximum() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 3.0, Duration.ofMinutes(2), 10);

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(90));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void singleAttemptParksAtTheFirstFailure() {
        assertThat(new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(1), 1).nextAttempt(1, NOW))
                .isEmpty();
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), 0.5, Duration.ofMinutes(1), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(-1), 2.0, Duration.ofMinutes(1), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
