package fr.inclusion.orientation.notification.preferences.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;
import fr.inclusion.orientation.notification.preferences.domain.KindSetting;
import fr.inclusion.orientation.notification.preferences.domain.PreferenceChange;
import fr.inclusion.orientation.notification.preferences.domain.Preferences;
import fr.inclusion.orientation.notification.preferences.domain.StoredPreferences;

/** Reads and changes one person's preferences; someone who never chose gets the defaults. */
@Service
public class PreferenceSettings {

    private final StoredPreferences store;
    private final Clock clock;

    public PreferenceSettings(StoredPreferences store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Preferences of(String userId) {
        return store.find(userId).orElseGet(() -> Preferences.defaults(userId));
    }

    public KindSetting settingOf(String userId, NotificationKind kind) {
        return of(userId).of(kind);
    }

    /**
     * Applies the listed kinds' settings; the kinds not listed keep theirs.
     *
     * @throws fr.inclusion.orientation.notification.preferences.domain.InvalidPreferencesException if any change breaks a rule
     *         (nothing is stored then)
     */
    public Preferences change(String userId, List<PreferenceChange> changes) {
        return store.change(userId, PreferenceChange.validate(changes), clock.instant());
    }
}
