package fr.inclusion.orientation.notification.outbound.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

import fr.inclusion.orientation.notification.outbound.OutboundDispatch;
import fr.inclusion.orientation.notification.outbound.domain.ChannelSender;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;
import fr.inclusion.orientation.notification.outbound.domain.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;

/** Wires the store, the channel senders and this instance's sending loop. */
@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

    @Bean
    RetryPolicy outboundRetryPolicy(OutboundProperties properties) {
        OutboundProperties.Retry retry = properties.retry();
        return new RetryPolicy(retry.initialDelay(), retry.multiplier(), retry.maxDelay(), retry.maxAttempts());
    }

    @Bean
    SendingSignal outboundSendingSignal() {
        return new SendingSignal();
    }

    /**
     * The only {@link OutboundDispatch} in the service; a fallback so that a test fixture at this boundary (a
     * dispatch that records messages) replaces it without further ado (parked messages are still this queue's).
     */
    @Bean
    @Fallback
    OutboundQueue outboundQueue(OutboundMessages messages, SendingSignal signal, Clock clock) {
        return new OutboundQueue(messages, signal, clock);
    }

    @Bean
    OutboundSender outboundSender(OutboundMessages messages, List<ChannelSender> senders, RetryPolicy policy,
            Clock clock, OutboundProperties properties, MeterRegistry meters) {
        // unique per process: claims name their holder, and two instances on one host must differ
        String worker = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new OutboundSender(messages, senders, policy, clock, worker, properties.sender().claimTimeout(),
                meters);
    }

    @Bean
    SendingLoop outboundSendingLoop(OutboundSender sender, SendingSignal signal, OutboundProperties properties) {
        return new SendingLoop(sender, signal, properties.sender());
    }
}
