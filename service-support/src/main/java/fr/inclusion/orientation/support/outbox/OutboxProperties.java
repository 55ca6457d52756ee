package fr.inclusion.orientation.support.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orientation.outbox.*}, the relay's pace (environment: {@code ORIENTATION_OUTBOX_SWEEP_INTERVAL}…).
 *
 * @param sweepInterval written events are published at once; a sweep also looks for any pending one (a signal lost in
 *                      a crash, another instance's writes) at start, then this often
 * @param batchSize     documents per batch
 * @param parallelism   documents published at the same time
 * @param claimLease    how long an instance's claim on a document holds unless renewed; after it another instance
 *                      may publish the document (one that stopped without releasing it)
 */
@ConfigurationProperties("orientation.outbox")
public record OutboxProperties(@DefaultValue("10s") Duration sweepInterval, @DefaultValue("100") int batchSize,
        @DefaultValue("4") int parallelism, @DefaultValue("60s") Duration claimLease) {
}
