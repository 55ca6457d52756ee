package fr.inclusion.orientation.contracts.referral;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import fr.inclusion.orientation.contracts.DomainEvent;

/**
 * The referral stream, topic {@link fr.inclusion.orientation.contracts.Topics#REFERRAL_EVENTS}, keyed by referral id.
 * Every event names the venue, the need and the resident's commune (INSEE code) so that consumers can route and
 * count without asking referral-service; none carries the resident's identity.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(ReferralSent.class),
        @JsonSubTypes.Type(ReferralAccepted.class),
        @JsonSubTypes.Type(ReferralDeclined.class),
        @JsonSubTypes.Type(ReferralClosed.class),
        @JsonSubTypes.Type(ReferralExpired.class),
        @JsonSubTypes.Type(ReferralCancelled.class),
        @JsonSubTypes.Type(ReferralRerouted.class),
        @JsonSubTypes.Type(ReferralReminderDue.class),
        @JsonSubTypes.Type(ReferralEscalated.class)
})
public sealed interface ReferralEvent extends DomainEvent permits
        ReferralSent,
        ReferralAccepted,
        ReferralDeclined,
        ReferralClosed,
        ReferralExpired,
        ReferralCancelled,
        ReferralRerouted,
        ReferralReminderDue,
        ReferralEscalated {

    String referralId();

    String venueId();

    /** One value of the national standard's {@code services} enumeration. */
    String need();

    /** INSEE code of the resident's commune. */
    String communeCode();

    @Override
    default String aggregateId() {
        return referralId();
    }
}
