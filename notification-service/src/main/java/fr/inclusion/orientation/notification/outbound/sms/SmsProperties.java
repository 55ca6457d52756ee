package fr.inclusion.orientation.notification.outbound.sms;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS provider ({@code notification.sms.*}): an HTTP endpoint taking {@code POST {to, text}} as JSON with a
 * bearer API key.
 *
 * @param enabled        off by default: SMS messages are then marked {@code skipped} ("SMS désactivé"), not sent
 * @param url            the provider's endpoint
 * @param apiKey         sent as {@code Authorization: Bearer <apiKey>}
 * @param connectTimeout to open the connection
 * @param timeout        to get the provider's answer
 */
@ConfigurationProperties("notification.sms")
public record SmsProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("http://127.0.0.1:8090/sms") URI url,
        @DefaultValue("") String apiKey,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration timeout) {
}
