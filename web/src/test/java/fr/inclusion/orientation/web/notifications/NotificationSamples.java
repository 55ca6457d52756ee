package fr.inclusion.orientation.web.notifications;

import static fr.inclusion.orientation.web.StubServices.quoted;

import java.util.Arrays;
import java.time.Instant;

import fr.inclusion.orientation.web.StubServices;

/** notification-service's JSON shapes (NotificationView, PageView, PreferencesView), for {@link StubServices}. */
final class NotificationSamples {

    private NotificationSamples() {
    }

    // ---- the service's JSON shapes (notification-service: NotificationView, PageView, PreferencesView) ----

    /** A notification of the inbox. */
    static String notification(String id, String kind, String referralId, String title, String body,
            java.time.Instant createdAt, java.time.Instant readAt) {
        return "{\"id\":" + quoted(id) + ",\"kind\":" + quoted(kind) + ",\"referralId\":" + quoted(referralId)
                + ",\"venueId\":\"v-1\",\"title\":" + quoted(title) + ",\"body\":" + quoted(body)
                + ",\"link\":" + quoted(referralId == null ? null : "/orientations/" + referralId)
                + ",\"createdAt\":" + quoted(createdAt.toString())
                + ",\"readAt\":" + quoted(readAt == null ? null : readAt.toString())
                + ",\"read\":" + (readAt != null) + "}";
    }

    /** A page of the inbox: {@code {items, page, size, total}}. */
    static String page(int page, int size, long total, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":" + size + ",\"total\":"
                + total + "}";
    }

    /** One kind of the preferences. */
    static String kind(String kind, String label, String delivery, boolean concernsYou, String... channels) {
        return "{\"kind\":" + quoted(kind) + ",\"label\":" + quoted(label) + ",\"channels\":["
                + String.join(",", Arrays.stream(channels).map(StubServices::quoted).toList())
                + "],\"delivery\":" + quoted(delivery) + ",\"concernsYou\":" + concernsYou + "}";
    }

    /** The preferences of a person: every kind, {@code customized}, {@code updatedAt}. */
    static String preferences(boolean customized, String... kinds) {
        return "{\"kinds\":[" + String.join(",", kinds) + "],\"customized\":" + customized + ",\"updatedAt\":"
                + (customized ? "\"2026-12-01T08:00:00Z\"" : "null") + "}";
    }

    /** The validation problem of the services: {@code errors: [{field, message}]}. */
    static String validationProblem(String detail, String... fieldAndMessage) {
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i + 1 < fieldAndMessage.length; i += 2) {
            errors.append(errors.isEmpty() ? "" : ",").append("{\"field\":").append(quoted(fieldAndMessage[i]))
                    .append(",\"message\":").append(quoted(fieldAndMessage[i + 1])).append("}");
        }
        return "{\"type\":\"https://orientation-numerique.fr/problems/validation\",\"title\":\"Requête invalide\","
                + "\"status\":400,\"detail\":" + quoted(detail) + ",\"errors\":[" + errors + "]}";
    }

    static String quoted(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
