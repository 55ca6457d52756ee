package fr.inclusion.orientation.notification.inbox.application;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily digest ({@code notification.digest.*}).
 *
 * @param cron  when digests are sent (Spring cron: second minute hour day month weekday), {@code -} for never
 * @param zone  time zone of the cron and of the day a digest belongs to
 * @param lease how long the instance that started a run keeps the others out
 */
@ConfigurationProperties("notification.digest")
public record DigestProperties(@DefaultValue("0 30 7 * * *") String cron, @DefaultValue("Europe/Paris") ZoneId zone,
        @DefaultValue("10m") Duration lease) {
}
