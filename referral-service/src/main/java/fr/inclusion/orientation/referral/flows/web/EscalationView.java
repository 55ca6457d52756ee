package fr.inclusion.orientation.referral.flows.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import fr.inclusion.orientation.referral.flows.application.EscalationQueries;
import fr.inclusion.orientation.referral.flows.domain.Escalation;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;

/**
 * {@code GET /api/escalations}: a page of escalated referrals, never the resident's identity or contact.
 * {@code lateByHours} is how long the referral has been waiting since it expired unanswered (whole hours, at the time
 * of the request); {@code hoursWithoutAnswer} from sending to expiry; {@code reroutedTo} the referral that replaced it
 * once re-routed (null while nobody has).
 */
record EscalationView(String territory, List<Item> items, int page, int size, long total) {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    record Item(String referralId, VenueRef venue, String commune, String epci, String departement, String need,
            OffsetDateTime sentAt, OffsetDateTime expiredAt, OffsetDateTime escalatedAt, Long hoursWithoutAnswer,
            Long lateByHours, String reroutedTo) {
    }

    /** The venue as referral-service knows it; the name is null when the venue is not (yet) known here. */
    record VenueRef(String id, String name) {
    }

    static EscalationView of(EscalationQueries.Result result, KnownVenues venues) {
        return new EscalationView(result.territory(), result.escalations().items().stream()
                .map(e -> item(e, venues, result.now())).toList(), result.page(), result.size(),
                result.escalations().total());
    }

    private static Item item(Escalation e, KnownVenues venues, Instant now) {
        String name = e.venueId() == null ? null : venues.byId(e.venueId()).map(KnownVenue::name).orElse(null);
        Instant expired = e.expiredAt() != null ? e.expiredAt() : e.escalatedAt();
        return new Item(e.referralId(), new VenueRef(e.venueId(), name), e.communeCode(), e.epciSiren(),
                e.departement(), e.need(), time(e.sentAt()), time(e.expiredAt()), time(e.escalatedAt()),
                e.sentAt() == null || e.expiredAt() == null ? null : hours(e.sentAt(), e.expiredAt()),
                expired == null ? null : hours(expired, now), e.reroutedTo());
    }

    private static Long hours(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toHours());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(FRANCE).toOffsetDateTime();
    }
}
