package fr.inclusion.orientation.notification.inbox.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.notification.inbox.domain.Notification;

/**
 * Absolute links into the web app, for messages read outside it ({@code notification.web-base-url}): a referral's
 * page, and the reader's notification preferences named in every e-mail's footer.
 */
@Component
public class WebLinks {

    /** The web app's page of the signed-in person's notification preferences. */
    static final String PREFERENCES_PATH = "/preferences";

    private final String base;

    public WebLinks(@Value("${notification.web-base-url:http://127.0.0.1:8080}") String base) {
        String trimmed = base.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** {@code <base>/orientations/<referralId>} */
    public String to(Notification notification) {
        return base + notification.link();
    }

    /** {@code <base>/preferences} */
    public String preferences() {
        return base + PREFERENCES_PATH;
    }
}
