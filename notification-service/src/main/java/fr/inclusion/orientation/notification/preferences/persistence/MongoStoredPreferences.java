package fr.inclusion.orientation.notification.preferences.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.notification.preferences.domain.DeliveryTiming;
import fr.inclusion.orientation.notification.preferences.domain.KindSetting;
import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;
import fr.inclusion.orientation.notification.preferences.domain.Preferences;
import fr.inclusion.orientation.notification.preferences.domain.PreferredChannel;
import fr.inclusion.orientation.notification.preferences.domain.StoredPreferences;

/**
 * Collection {@code notification_preferences}, one document per user id:
 * {@code {_id, kinds: {REFERRAL_RECEIVED: {channels: ["in_app", "email"], delivery: "immediate"}, …}, updatedAt}}.
 * Only the kinds a person set are stored; the others follow the defaults, so a change of defaults reaches everyone
 * who did not choose.
 */
@Repository
class MongoStoredPreferences implements StoredPreferences {

    static final String COLLECTION = "notification_preferences";

    private final MongoTemplate mongo;

    MongoStoredPreferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Preferences> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Document.class, COLLECTION)).map(d -> toDomain(userId, d));
    }

    @Override
    public Preferences change(String userId, Map<NotificationKind, KindSetting> changes, Instant at) {
        // One $set per kind in one upsert: concurrent changes of different kinds both stay.
        Update update = new Update().set("updatedAt", Date.from(at));
        changes.forEach((kind, setting) -> update.set("kinds." + kind.name(), new Document()
                .append("channels", setting.channels().stream().sorted().map(PreferredChannel::code).toList())
                .append("delivery", setting.delivery().code())));
        mongo.upsert(query(where("_id").is(userId)), update, COLLECTION);
        return find(userId).orElseThrow();
    }

    private static Preferences toDomain(String userId, Document document) {
        Map<NotificationKind, KindSetting> settings = new EnumMap<>(NotificationKind.class);
        Document kinds = document.get("kinds", Document.class);
        if (kinds != null) {
            for (NotificationKind kind : NotificationKind.values()) {
                Document setting = kinds.get(kind.name(), Document.class);
                if (setting != null) {
                    settingOf(setting).ifPresent(s -> settings.put(kind, s));
                }
            }
        }
        Date updatedAt = document.getDate("updatedAt");
        return new Preferences(userId, settings, updatedAt == null ? Instant.EPOCH : updatedAt.toInstant());
    }

    /** A stored setting that no longer follows the rules (or names values since removed) falls back to defaults. */
    private static Optional<KindSetting> settingOf(Document setting) {
        EnumSet<PreferredChannel> channels = EnumSet.noneOf(PreferredChannel.class);
        List<String> codes = setting.getList("channels", String.class, List.of());
        codes.forEach(code -> PreferredChannel.ofCode(code).ifPresent(channels::add));
        channels.add(PreferredChannel.IN_APP);
        Optional<DeliveryTiming> delivery = DeliveryTiming.ofCode(setting.getString("delivery"));
        try {
            return delivery.map(d -> new KindSetting(channels, d));
        } catch (IllegalArgumentException brokenRule) {
            return Optional.empty();
        }
    }
}
