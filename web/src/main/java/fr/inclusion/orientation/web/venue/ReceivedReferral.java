package fr.inclusion.orientation.web.venue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A referral addressed to the venue, as referral-service shows it to its staff ({@code GET /api/referrals/{id}}):
 * the fields these pages use. {@code resident} and {@code note} come only with a read the service audits.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReceivedReferral(String id, String status, String venueId, String need, String commune,
        List<String> constraints, LocalDate deadline, Resident resident, String note, Instant createdAt,
        Instant updatedAt, List<Step> history, String declineMessage, String closingNote, String cancelReason) {

    public ReceivedReferral {
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public boolean isNew() {
        return "sent".equals(status);
    }

    public boolean isAccepted() {
        return "accepted".equals(status);
    }

    /** The step that set the current status (its coded reason: the decline reason or the outcome). */
    public Step lastStep() {
        return history.isEmpty() ? null : history.getLast();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resident(String firstName, Contact contact, String commune) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String channel, String value) {
    }

    /** One move of its history; {@code from} is absent for the sending. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String from, String to, String by, Instant at, String reason) {
    }
}
