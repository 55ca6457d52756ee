package fr.inclusion.orientation.notification.preferences.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.inclusion.orientation.support.problem.FieldError;

/**
 * A requested setting for one kind, as sent (codes, not yet checked). {@link #validate} turns a list of them into
 * settings, or lists every broken rule at once.
 */
public record PreferenceChange(String kind, List<String> channels, String delivery) {

    static final String KINDS = Arrays.stream(NotificationKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    static final String CHANNELS = Arrays.stream(PreferredChannel.values()).map(PreferredChannel::code)
            .collect(Collectors.joining(", "));
    static final String DELIVERIES = Arrays.stream(DeliveryTiming.values()).map(DeliveryTiming::code)
            .collect(Collectors.joining(", "));

    /**
     * @throws InvalidPreferencesException listing every broken rule, with the field paths of the request
     */
    public static Map<NotificationKind, KindSetting> validate(List<PreferenceChange> changes) {
        List<FieldError> violations = new ArrayList<>();
        Map<NotificationKind, KindSetting> settings = new EnumMap<>(NotificationKind.class);
        if (changes == null || changes.isEmpty()) {
            throw new InvalidPreferencesException(List.of(new FieldError("kinds",
                    "doit lister au moins un type de notification")));
        }
        for (int i = 0; i < changes.size(); i++) {
            String at = "kinds[" + i + "]";
            PreferenceChange change = changes.get(i);
            if (change == null) {
                violations.add(new FieldError(at, "ne doit pas être vide"));
                continue;
            }
            Optional<NotificationKind> kind = change.kindValue(at, violations);
            Optional<EnumSet<PreferredChannel>> channels = change.channelValues(at, violations);
            Optional<DeliveryTiming> delivery = change.deliveryValue(at, violations);
            if (kind.isPresent() && settings.containsKey(kind.get())) {
                violations.add(new FieldError(at + ".kind",
                        "ce type de notification est déjà listé plus haut"));
                continue;
            }
            if (channels.isEmpty() || delivery.isEmpty()) {
                continue;
            }
            if (delivery.get() == DeliveryTiming.DAILY_DIGEST && !channels.get().contains(PreferredChannel.EMAIL)) {
                violations.add(new FieldError(at + ".delivery",
                        "le récapitulatif quotidien est envoyé par courriel : ajoutez le canal email ou choisissez "
                                + "immediate"));
                continue;
            }
            if (delivery.get() == DeliveryTiming.DAILY_DIGEST && channels.get().contains(PreferredChannel.SMS)) {
                violations.add(new FieldError(at + ".channels",
                        "le SMS n'est envoyé qu'immédiatement : retirez sms ou choisissez immediate"));
                continue;
            }
            kind.ifPresent(k -> settings.put(k, new KindSetting(channels.get(), delivery.get())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidPreferencesException(violations);
        }
        return settings;
    }

    private Optional<NotificationKind> kindValue(String at, List<FieldError> violations) {
        if (kind == null || kind.isBlank()) {
            violations.add(new FieldError(at + ".kind", "est obligatoire"));
            return Optional.empty();
        }
        Optional<NotificationKind> found = Arrays.stream(NotificationKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst();
        if (found.isEmpty()) {
            violations.add(new FieldError(at + ".kind",
                    "type de notification inconnu : " + kind + " (valeurs possibles : " + KINDS + ")"));
        }
        return found;
    }

    private Optional<EnumSet<PreferredChannel>> channelValues(String at,
            List<FieldError> violations) {
        if (channels == null) {
            violations.add(new FieldError(at + ".channels",
                    "est obligatoire (au moins in_app)"));
            return Optional.empty();
        }
        EnumSet<PreferredChannel> values = EnumSet.noneOf(PreferredChannel.class);
        boolean valid = true;
        for (String code : channels) {
            Optional<PreferredChannel> channel = PreferredChannel.ofCode(code);
            if (channel.isEmpty()) {
                violations.add(new FieldError(at + ".channels",
                        "canal inconnu : " + code + " (valeurs possibles : " + CHANNELS + ")"));
                valid = false;
            } else {
                values.add(channel.get());
            }
        }
        if (!values.contains(PreferredChannel.IN_APP)) {
            violations.add(new FieldError(at + ".channels",
                    "la notification dans l'application (in_app) est toujours active et ne peut pas être retirée"));
            valid = false;
        }
        return valid ? Optional.of(values) : Optional.empty();
    }

    private Optional<DeliveryTiming> deliveryValue(String at, List<FieldError> violations) {
        if (delivery == null || delivery.isBlank()) {
            violations.add(new FieldError(at + ".delivery",
                    "est obligatoire (valeurs possibles : " + DELIVERIES + ")"));
            return Optional.empty();
        }
        Optional<DeliveryTiming> found = DeliveryTiming.ofCode(delivery);
        if (found.isEmpty()) {
            violations.add(new FieldError(at + ".delivery",
                    "mode d'envoi inconnu : " + delivery + " (valeurs possibles : " + DELIVERIES + ")"));
        }
        return found;
    }
}
