package fr.inclusion.orientation.notification.outbound.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sending outside the app ({@code notification.outbound.*}).
 *
 * @param mailFrom the From of every e-mail, {@code Display Name <address>}
 * @param retry    backoff between attempts and when to park
 * @param sender   the sending loop of this instance
 */
@ConfigurationProperties("notification.outbound")
public record OutboundProperties(
        @DefaultValue("Orientation numérique <ne-pas-repondre@orientation-numerique.fr>") String mailFrom,
        @DefaultValue Retry retry,
        @DefaultValue Sender sender) {

    /**
     * @param initialDelay wait after the first failed attempt
     * @param multiplier   factor applied to the wait after each further failure
     * @param maxDelay     longest wait between two attempts
     * @param maxAttempts  attempts before a message is parked
     */
    public record Retry(@DefaultValue("2s") Duration initialDelay, @DefaultValue("2.0") double multiplier,
            @DefaultValue("10m") Duration maxDelay, @DefaultValue("5") int maxAttempts) {
    }

    /**
     * @param enabled      whether this instance sends at all (the messages are stored either way)
     * @param pollInterval   longest wait of the sending loop between two rounds (enqueues, replays and retries
     *                       wake it sooner)
     * @param sweepInterval  how often every due message is looked for, beyond those this instance was told of
     *                       (another instance's, or retries a restart forgot)
     * @param claimTimeout how long a claimed message is reserved for this instance; must exceed the longest send
     *                     (SMTP and SMS timeouts), or a slow send could be repeated by another instance
     * @param batchSize    messages claimed one after the other before the loop looks at the clock again
     */
    public record Sender(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("2m") Duration claimTimeout, @DefaultValue("50") int batchSize,
            @DefaultValue("10s") Duration sweepInterval) {
    }
}
