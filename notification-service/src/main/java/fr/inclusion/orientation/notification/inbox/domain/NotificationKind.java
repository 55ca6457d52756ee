package fr.inclusion.orientation.notification.inbox.domain;

/** What a notification is about; one value per kind of referral news a person may hear about. */
public enum NotificationKind {

    /** A venue's staff: a resident has been referred to the venue. */
    REFERRAL_RECEIVED,

    /** The referring secretary: the venue accepted the referral. */
    REFERRAL_ACCEPTED
}
