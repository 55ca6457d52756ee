package fr.inclusion.orientation.notification.outbound.domain;

/**
 * An attempt that did not go through. The reason is stored, shown to operators and logged: it names the cause in
 * French (server unreachable, HTTP status…) and never an address, a phone number or a message text.
 */
public class SendFailureException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    private SendFailureException(String reason, boolean permanent, Throwable cause) {
        super(ErrorTexts.redact(reason), cause, false, false);
        this.permanent = permanent;
    }

    /** Worth trying again later (server down, timeout, HTTP 5xx). */
    public static SendFailureException transientFailure(String reason, Throwable cause) {
        return new SendFailureException(reason, false, cause);
    }

    /** Trying again cannot help (invalid address, request refused): parked at once for an operator. */
    public static SendFailureException permanentFailure(String reason, Throwable cause) {
        return new SendFailureException(reason, true, cause);
    }

    public boolean permanent() {
        return permanent;
    }

    public String reason() {
        return getMessage();
    }
}
