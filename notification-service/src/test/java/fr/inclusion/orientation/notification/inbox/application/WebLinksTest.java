package fr.inclusion.orientation.notification.inbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;
import fr.inclusion.orientation.notification.inbox.domain.NotificationText;

class WebLinksTest {

    @Test
    void referralAndPreferencesLinksShareTheConfiguredBase() {
        WebLinks links = new WebLinks(" https://orientation.meuse.example/ ");
        Notification notification = Notification.of(UUID.randomUUID(), Audience.user("u-1"),
                NotificationKind.REFERRAL_ACCEPTED, "r-7", "v-1", new NotificationText("Acceptée", "Le lieu a accepté."),
                Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(links.to(notification)).isEqualTo("https://orientation.meuse.example/orientations/r-7");
        assertThat(links.preferences()).isEqualTo("https://orientation.meuse.example/preferences");
    }
}
