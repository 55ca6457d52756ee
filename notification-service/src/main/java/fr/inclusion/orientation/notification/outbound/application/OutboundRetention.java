package fr.inclusion.orientation.notification.outbound.application;

import java.time.Clock;
import java.time.Period;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;

/**
 * Once a night, forgets the messages sent or skipped longer ago than the retention (30 days by default): they hold
 * staff addresses and texts that serve nobody once delivered. Parked messages wait for an operator, but not forever:
 * they are deleted once parked longer than the parked retention (90 days by default). Two instances purging the same
 * night delete the same documents: harmless.
 */
@Component
public class OutboundRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboundRetention.class);

    private final OutboundMessages messages;
    private final Clock clock;
    private final Period retention;
    private final Period parkedRetention;

    public OutboundRetention(OutboundMessages messages, Clock clock,
            @Value("${notification.outbound.retention:P30D}") Period retention,
            @Value("${notification.outbound.parked-retention:P90D}") Period parkedRetention) {
        this.messages = messages;
        this.clock = clock;
        this.retention = retention;
        this.parkedRetention = parkedRetention;
    }

    @Scheduled(cron = "${notification.outbound.retention-cron:0 15 3 * * *}", zone = "Europe/Paris")
    public long purge() {
        long deleted = messages.purgeFinishedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("{} outbound message(s) sent or skipped more than {} ago deleted", deleted, retention);
        }
        long parked = messages.purgeParkedBefore(clock.instant().minus(parkedRetention));
        if (parked > 0) {
            log.info("{} outbound message(s) parked more than {} ago and never replayed deleted", parked,
                    parkedRetention);
        }
        deleted += parked;
        return deleted;
    }
}
