package fr.inclusion.orientation.referral.flows.domain;

import java.util.Locale;

/** Where a referral stands, as counted in flows. */
public enum FlowStatus {
    SENT("En attente de réponse"),
    ACCEPTED("Acceptée"),
    DECLINED("Refusée"),
    EXPIRED("Expirée sans réponse"),
    CANCELLED("Annulée"),
    CLOSED("Clôturée");

    private final String label;

    FlowStatus(String label) {
        this.label = label;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
