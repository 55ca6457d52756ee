package fr.inclusion.orientation.referral.flows.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A referral's anonymous fact row, collection {@code flow_facts}. {@code eventIds} lists the events applied, so that
 * a redelivered event is recognised and skipped; {@code version} is the highest event version seen.
 */
@Document("flow_facts")
record FlowFactDocument(@Id String referralId, String communeCode, String epciSiren, String departement,
        String need, String venueId, String week, String status, Instant sentAt, Instant acceptedAt,
        Instant declinedAt, Instant expiredAt, Instant escalatedAt, Instant cancelledAt, Instant closedAt, String outcome,
        String declinedReason, Boolean expired, String reroutedTo, String reroutedFrom, Long version,
        List<String> eventIds) {
}
