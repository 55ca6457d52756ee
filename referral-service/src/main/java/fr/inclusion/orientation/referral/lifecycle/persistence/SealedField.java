package fr.inclusion.orientation.referral.lifecycle.persistence;

/**
 * The sealed fields of a referral document: where each is stored and the context it is sealed with (bound to the
 * referral's id, so a value copied into another referral or field does not open).
 */
enum SealedField {

    FIRST_NAME("resident.firstName", "resident.firstName"),
    CONTACT_VALUE("resident.contactValue", "resident.contact.value"),
    NOTE("note", "note"),
    DECLINE_MESSAGE("declineMessage", "declineMessage"),
    CLOSING_NOTE("closingNote", "closingNote"),
    CANCEL_REASON("cancelReason", "cancelReason");

    private final String path;
    private final String context;

    SealedField(String path, String context) {
        this.path = path;
        this.context = context;
    }

    /** Dotted path of the field in a referral document. */
    String path() {
        return path;
    }

    /** The additional data the value of this field of this referral is sealed with. */
    String context(String referralId) {
        return referralId + "/" + context;
    }
}
