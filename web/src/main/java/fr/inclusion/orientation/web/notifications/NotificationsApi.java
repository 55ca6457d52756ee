package fr.inclusion.orientation.web.notifications;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import fr.inclusion.orientation.support.page.Page;

/**
 * notification-service as the pages use it ({@code /api/notifications}, {@code /api/notification-preferences}),
 * called with the signed-in person's token. Its refusals arrive as {@link fr.inclusion.orientation.web.api.ApiProblemException}.
 */
@Component
class NotificationsApi {

    /** The largest page the inbox serves. */
    static final int MAX_PAGE_SIZE = 100;

    /** One notification of the inbox, as the service shows it. */
    record Notification(String id, String kind, String referralId, String venueId, String title, String body,
            String link, Instant createdAt, Instant readAt, boolean read) {
    }

    /**
     * The person's setting for one kind: {@code channels} among in_app, email, sms; {@code delivery} immediate or
     * daily_digest; {@code concernsYou} whether the person's roles receive this kind at all.
     */
    record KindPreference(String kind, String label, List<String> channels, String delivery, boolean concernsYou) {

        KindPreference {
            channels = channels == null ? List.of() : List.copyOf(channels);
        }
    }

    record Preferences(List<KindPreference> kinds, boolean customized, Instant updatedAt) {

        Preferences {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }

    /** Body of {@code PUT /api/notification-preferences}: the kinds listed change, the others stay. */
    record PreferencesUpdate(List<KindUpdate> kinds) {
    }

    record KindUpdate(String kind, List<String> channels, String delivery) {
    }

    private final RestClient api;

    NotificationsApi(@Qualifier("notificationApi") RestClient api) {
        this.api = api;
    }

    /** One page of the inbox, newest first; {@code total} counts every notification matching. */
    Page<Notification> inbox(boolean unreadOnly, int page, int size) {
        return api.get()
                .uri(uri -> uri.path("/api/notifications")
                        .queryParam("unread", unreadOnly)
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(new ParameterizedTypeReference<Page<Notification>>() {
                });
    }

    /** The inbox has no counter of its own: the total of its unread page is one. */
    long unreadCount() {
        return inbox(true, 0, 1).total();
    }

    void markRead(String id) {
        api.post()
                .uri("/api/notifications/{id}/read", id)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .toBodilessEntity();
    }

    Preferences preferences() {
        return api.get()
                .uri("/api/notification-preferences")
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(Preferences.class);
    }

    Preferences changePreferences(PreferencesUpdate update) {
        return api.put()
                .uri("/api/notification-preferences")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(update)
                .retrieve()
                .body(Preferences.class);
    }
}
