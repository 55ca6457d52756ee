package fr.inclusion.orientation.notification.inbox.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.notification.inbox.application.NotificationDelivery;

/**
 * The {@code referralEvents} function, bound as {@code referralEvents-in-0} to {@code referral.referral-events}.
 * It takes raw bytes and decodes with {@link EventCodec} (not the binder's JSON converter), so the wire type
 * decides the record. An undecodable record fails at once (not retried) and the binder parks it in the dead-letter
 * topic; any other failure is retried with backoff first.
 */
@Configuration(proxyBeanMethods = false)
public class ReferralEventsConsumer {

    @Bean
    public Consumer<Message<byte[]>> referralEvents(NotificationDelivery delivery) {
        return message -> delivery.deliver(EventCodec.read(message.getPayload(), ReferralEvent.class));
    }
}
