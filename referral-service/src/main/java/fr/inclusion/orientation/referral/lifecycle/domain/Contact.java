package fr.inclusion.orientation.referral.lifecycle.domain;

/** One contact channel of the resident; {@code value} is personal data (never logged, encrypted at rest). */
public record Contact(ContactChannel channel, String value) {

    /** Keeps the value out of logs and exception messages. */
    @Override
    public String toString() {
        return "Contact[channel=" + channel + ", value=***]";
    }
}
