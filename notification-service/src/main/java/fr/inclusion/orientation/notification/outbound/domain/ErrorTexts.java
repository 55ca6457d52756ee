package fr.inclusion.orientation.notification.outbound.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps personal data out of what is stored and shown about messages: error texts lose anything shaped like an
 * e-mail address or a phone number, and addresses are masked when an operator lists failed messages.
 */
public final class ErrorTexts {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)*");
    // 9 to 15 digits, single spaces, dots or dashes between them: phone numbers, not SMTP codes, statuses, ports
    // or the all-digit groups of a UUID
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.-])\\+?\\d(?:[ .-]?\\d){8,14}(?![\\w-])");
    private static final int MAX_LENGTH = 300;

    private ErrorTexts() {
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = PHONE.matcher(EMAIL.matcher(text).replaceAll("[adresse masquée]"))
                .replaceAll("[numéro masqué]");
        return redacted.length() <= MAX_LENGTH ? redacted : redacted.substring(0, MAX_LENGTH) + "…";
    }

    /** {@code c***@demo.fr}, {@code +336******12}: enough to tell two recipients apart, not to reach them. */
    public static String mask(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String value = address.strip();
        int at = value.indexOf('@');
        if (at > 0) {
            return value.charAt(0) + "***" + value.substring(at).toLowerCase(Locale.ROOT);
        }
        if (value.length() <= 6) {
            return "***";
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 6) + value.substring(value.length() - 2);
    }
}
