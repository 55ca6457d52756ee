package fr.inclusion.orientation.notification.outbound.domain;

import java.util.Locale;

/** Where a stored message stands. Stored and shown in lower case ({@code pending}, {@code sent}…). */
public enum DeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Accepted by the SMTP server or the SMS provider; never sent again. */
    SENT,
    /** Every attempt failed, or the failure cannot be retried: waits for an operator's replay. */
    PARKED,
    /** Not sent on purpose: its channel is switched off (SMS by default). Never retried, never parked. */
    SKIPPED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** In French, for problem details. */
    public String french() {
        return switch (this) {
            case PENDING -> "en attente d'envoi";
            case SENT -> "envoyé";
            case PARKED -> "en échec";
            case SKIPPED -> "non envoyé (canal désactivé)";
        };
    }
}
