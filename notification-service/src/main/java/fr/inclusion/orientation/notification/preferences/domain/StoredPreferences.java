package fr.inclusion.orientation.notification.preferences.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;


/** Port: the preferences people chose, by user id. */
public interface StoredPreferences {

    /** Empty when the person never chose anything (the defaults apply). */
    Optional<Preferences> find(String userId);

    /**
     * Sets these kinds for the person in one atomic write, leaving the other kinds as they were.
     *
     * @return the preferences as stored afterwards
     */
    Preferences change(String userId, Map<NotificationKind, KindSetting> changes, Instant at);
}
