package fr.inclusion.orientation.referral.lifecycle.domain;

/**
 * The person sent to a venue, reduced to the minimum the RGPD allows: a first name or initials, one contact channel
 * and the commune (INSEE code). The first name and contact are personal data; the commune is not identifying alone
 * and drives scoping and statistics.
 */
public record Resident(String firstName, Contact contact, String communeCode) {

    /** Keeps the identity out of logs and exception messages. */
    @Override
    public String toString() {
        return "Resident[firstName=***, contact=" + contact + ", communeCode=" + communeCode + "]";
    }
}
