package fr.inclusion.orientation.referral.flows.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralCancelled;
import fr.inclusion.orientation.contracts.referral.ReferralClosed;
import fr.inclusion.orientation.contracts.referral.ReferralDeclined;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralExpired;
import fr.inclusion.orientation.contracts.referral.ReferralReminderDue;
import fr.inclusion.orientation.contracts.referral.ReferralRerouted;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.reference.territory.InseeCodes;
import fr.inclusion.orientation.referral.territory.CommuneEpciTable;
import fr.inclusion.orientation.referral.flows.persistence.MongoFlowFacts;

/**
 * Binding {@code referralFlows-in-0}: referral-service reads its own stream ({@code referral.referral-events}) in a
 * consumer group of its own ({@code referral-service-flows}), so that the projection is fed exactly like an outside
 * consumer would be, including events from other instances and replays. Undecodable payloads throw: retried, then
 * parked in {@code referral.referral-events.referral-service-flows.dlq}.
 */
@Configuration(proxyBeanMethods = false)
public class ReferralFlowsConsumer {

    /** Weeks are counted as French users read a calendar. */
    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final Logger log = LoggerFactory.getLogger(ReferralFlowsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> referralFlows(MongoFlowFacts facts, CommuneEpciTable epci) {
        return message -> {
            ReferralEvent event = EventCodec.read(message.getPayload(), ReferralEvent.class);
            if (event.referralId() == null || event.eventId() == null) {
                throw new IllegalArgumentException("Referral event without referral id or event id");
            }
            boolean applied = facts.apply(event.referralId(), event.eventId().toString(), event.version(),
                    factsOf(event, epci));
            log.debug("{} {} for referral {} {}", event.type(), event.eventId(), event.referralId(),
                    applied ? "applied to flows" : "already applied");
        };
    }

    /** What an event tells about its referral; the switch is exhaustive so a new event type needs a decision. */
    static Map<String, Object> factsOf(ReferralEvent event, CommuneEpciTable epci) {
        Map<String, Object> facts = new HashMap<>();
        // every event names the commune, need and venue: a row is complete even if its first event is missing
        facts.put("communeCode", event.communeCode());
        facts.put("departement", InseeCodes.departementOf(event.communeCode()));
        facts.put("epciSiren", epci.epciOf(event.communeCode()).orElse(null));
        facts.put("need", event.need());
        switch (event) {
            case ReferralSent sent -> {
                facts.put("venueId", sent.venueId());
                facts.put("sentAt", sent.occurredAt());
                facts.put("week", isoWeek(sent.occurredAt()));
                facts.put("reroutedFrom", sent.reroutedFrom());
            }
            case ReferralAccepted accepted -> facts.put("acceptedAt", accepted.occurredAt());
            case ReferralDeclined declined -> {
                facts.put("declinedAt", declined.occurredAt());
                facts.put("declinedReason", declined.reason());
            }
            case ReferralClosed closed -> {
                facts.put("closedAt", closed.occurredAt());
                facts.put("outcome", closed.outcome());
            }
            case ReferralExpired expired -> facts.put("expiredAt", expired.occurredAt());
            case ReferralCancelled cancelled -> facts.put("cancelledAt", cancelled.occurredAt());
            case ReferralRerouted rerouted -> facts.put("reroutedTo", rerouted.newReferralId());
            case ReferralReminderDue reminder -> { }
            case ReferralEscalated escalated -> facts.put("escalatedAt", escalated.occurredAt());
        }
        return facts;
    }

    static String isoWeek(Instant instant) {
        var date = instant.atZone(FRANCE).toLocalDate();
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
