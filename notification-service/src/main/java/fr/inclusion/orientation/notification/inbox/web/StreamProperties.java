package fr.inclusion.orientation.notification.inbox.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream ({@code notification.stream.*}).
 *
 * @param heartbeat interval of the comment lines that keep idle connections open through proxies
 * @param timeout   lifetime of one connection; the browser's EventSource reconnects by itself
 */
@ConfigurationProperties("notification.stream")
public record StreamProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("30m") Duration timeout) {
}
