package fr.inclusion.orientation.notification.preferences.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one person wants to hear about one kind of notification. In-app is always among the channels; a daily
 * digest is an e-mail, so it needs the e-mail channel and excludes SMS (an SMS only makes sense at once).
 */
public record KindSetting(Set<PreferredChannel> channels, DeliveryTiming delivery) {

    public KindSetting {
        Objects.requireNonNull(delivery, "delivery");
        EnumSet<PreferredChannel> copy = EnumSet.noneOf(PreferredChannel.class);
        copy.addAll(Objects.requireNonNull(channels, "channels"));
        if (!copy.contains(PreferredChannel.IN_APP)) {
            throw new IllegalArgumentException("in-app is always on");
        }
        if (delivery == DeliveryTiming.DAILY_DIGEST
                && (!copy.contains(PreferredChannel.EMAIL) || copy.contains(PreferredChannel.SMS))) {
            throw new IllegalArgumentException("a daily digest is an e-mail, without SMS");
        }
        channels = Set.copyOf(copy);
    }

    public static KindSetting inAppOnly() {
        return new KindSetting(Set.of(PreferredChannel.IN_APP), DeliveryTiming.IMMEDIATE);
    }

    public static KindSetting emailNow() {
        return new KindSetting(Set.of(PreferredChannel.IN_APP, PreferredChannel.EMAIL), DeliveryTiming.IMMEDIATE);
    }

    public static KindSetting emailDigest() {
        return new KindSetting(Set.of(PreferredChannel.IN_APP, PreferredChannel.EMAIL), DeliveryTiming.DAILY_DIGEST);
    }

    public boolean has(PreferredChannel channel) {
        return channels.contains(channel);
    }
}
