package fr.inclusion.orientation.notification.preferences.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;


/**
 * One person's notification preferences, a setting per kind. Kinds the person never set follow the defaults of
 * the network:
 * <ul>
 * <li>venue staff: e-mail at once for referrals received and reminders;</li>
 * <li>secretaries: e-mail at once for the venue's answers (accepted, declined) and for expiries;</li>
 * <li>coordinators: escalations in a daily digest e-mail;</li>
 * <li>everything else in-app only, and SMS off everywhere.</li>
 * </ul>
 * Each kind has one audience (a venue's staff, the referring secretary, the territory's coordinators), so the
 * defaults are per kind and hold whatever the person's roles.
 *
 * @param updatedAt {@code null} while the person never chose anything
 */
public record Preferences(String userId, Map<NotificationKind, KindSetting> settings, Instant updatedAt) {

    public Preferences {
        Objects.requireNonNull(userId, "userId");
        EnumMap<NotificationKind, KindSetting> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, defaultFor(kind));
        }
        all.putAll(Objects.requireNonNull(settings, "settings"));
        settings = Map.copyOf(all);
    }

    public static Preferences defaults(String userId) {
        return new Preferences(userId, Map.of(), null);
    }

    public static KindSetting defaultFor(NotificationKind kind) {
        return switch (kind) {
            case REFERRAL_RECEIVED, REFERRAL_REMINDER -> KindSetting.emailNow();
            case REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_EXPIRED -> KindSetting.emailNow();
            case REFERRAL_ESCALATED -> KindSetting.emailDigest();
            case REFERRAL_CANCELLED, REFERRAL_CLOSED -> KindSetting.inAppOnly();
        };
    }

    public KindSetting of(NotificationKind kind) {
        return settings.get(kind);
    }

    public boolean customized() {
        return updatedAt != null;
    }

    /** These preferences with {@code changes} applied; kinds not changed keep their setting. */
    public Preferences with(Map<NotificationKind, KindSetting> changes, Instant at) {
        EnumMap<NotificationKind, KindSetting> merged = new EnumMap<>(settings);
        merged.putAll(changes);
        return new Preferences(userId, merged, at);
    }
}
