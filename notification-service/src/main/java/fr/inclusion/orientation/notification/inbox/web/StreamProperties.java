package fr.inclusion.orientation.notification.inbox.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream ({@code notification.stream.*}).
 *
 * @param heartbeat  interval of the comment lines that keep idle connections open through proxies (and find out
 *                   the connections whose client went away)
 * @param timeout    longest life of one connection; it also ends when the caller's access token expires, and the
 *                   browser's EventSource reconnects by itself
 * @param maxPerUser open connections of one user on this instance; one more is refused with 429
 * @param retryAfter what the 429 tells the client to wait before trying again
 */
@ConfigurationProperties("notification.stream")
public record StreamProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("30m") Duration timeout,
        @DefaultValue("5") int maxPerUser, @DefaultValue("30s") Duration retryAfter) {

    public StreamProperties {
        if (maxPerUser < 1) {
            throw new IllegalArgumentException("notification.stream.max-per-user must be at least 1");
        }
    }
}
