package fr.inclusion.orientation.web.secretary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The "Envoyer l'orientation" form as posted: where and why (from the search), who and how to reach them, the
 * consent as read, and the idempotency key drawn when the form was shown.
 */
public record SendForm(String venue, String need, String commune, List<String> constraints, String idempotencyKey,
        String firstName, String contactChannel, String contactValue, String consent, String consentVersion,
        String note, String deadline) {

    /** The inputs of the form, top to bottom: where the error summary links to and in which order. */
    static final String[] FIELDS = {"firstName", "contactChannel", "contactValue", "commune", "deadline", "note",
        "consent"};

    public SendForm {
        constraints = Constraint.known(constraints);
    }

    /**
     * A blank form for this place and need, with a new idempotency key; the contact by phone is chosen already
     * (most residents give a phone number), one click fewer for the secretary.
     */
    static SendForm blank(String venue, String need, String commune, List<String> constraints, String key) {
        return new SendForm(venue, need, commune, constraints, key, null, "phone", null, null,
                ConsentWording.VERSION, null, null);
    }

    public boolean consentGiven() {
        return consent != null && !consent.isBlank();
    }

    public boolean hasConstraint(String code) {
        return constraints.contains(code);
    }

    /** The deadline typed, or null when empty; throws on a text that is no date. */
    LocalDate deadlineDate() {
        if (deadline == null || deadline.isBlank()) {
            return null;
        }
        return LocalDate.parse(deadline.strip());
    }

    boolean deadlineReadable() {
        try {
            deadlineDate();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    ReferralClient.NewReferral toReferral() {
        String channel = blankToNull(contactChannel);
        String value = "via_mairie".equals(channel) ? null : blankToNull(contactValue);
        return new ReferralClient.NewReferral(venue, need, firstName == null ? "" : firstName.strip(), channel,
                value, commune, constraints, blankToNull(note), deadlineDate(), consentGiven(), consentVersion);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
