package fr.inclusion.orientation.notification.preferences.domain;

import java.util.Optional;

/** When e-mails (and SMS) go out: at once, or once a day in a digest e-mail (envoi groupé quotidien). */
public enum DeliveryTiming implements WireCode {

    IMMEDIATE,
    DAILY_DIGEST;

    public static Optional<DeliveryTiming> ofCode(String code) {
        return WireCode.ofCode(DeliveryTiming.class, code);
    }
}
