package fr.inclusion.orientation.notification.inbox.application;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the daily digest at {@code notification.digest.cron} in {@code notification.digest.zone} (07:30 Europe/Paris
 * by default; {@code -} turns it off). Every instance fires; the lease lets one of them work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DigestSchedule {

    private final DailyDigest digest;

    DigestSchedule(DailyDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${notification.digest.cron:0 30 7 * * *}", zone = "${notification.digest.zone:Europe/Paris}")
    void daily() {
        digest.tick();
    }
}
