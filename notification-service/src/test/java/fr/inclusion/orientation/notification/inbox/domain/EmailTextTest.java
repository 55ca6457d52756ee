package fr.inclusion.orientation.notification.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;

class EmailTextTest {

    private static final String URL = "https://orientation.example/orientations/r-1";
    private static final String PREFERENCES = "https://orientation.example/preferences";

    private final Notification notification = Notification.of(UUID.randomUUID(), Audience.venue("v-1"),
            NotificationKind.REFERRAL_RECEIVED, "r-1", "v-1",
            new NotificationText("Nouvelle orientation reçue",
                    "Une personne de Revigny-sur-Ornain (55427) est orientée vers votre lieu « Café <&> Numérique »."),
            Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void emailOfANotificationIsFrenchWithTheLinkInBothParts() {
        EmailText mail = EmailText.of(notification, "Camille Martin", URL, PREFERENCES);

        assertThat(mail.subject()).isEqualTo("Orientation numérique – Nouvelle orientation reçue");
        assertThat(mail.text()).startsWith("Bonjour Camille Martin,\n\n")
                .contains("Une personne de Revigny-sur-Ornain (55427)")
                .contains("Voir l'orientation : " + URL);
        assertThat(mail.html()).contains("<html lang=\"fr\">").contains("<a href=\"" + URL + "\">")
                .contains("Bonjour Camille Martin,");
    }

    @Test
    void everyEmailEndsWithALinkToTheReadersPreferences() {
        EmailText mail = EmailText.of(notification, "Camille Martin", URL, PREFERENCES);
        EmailText digest = EmailText.digest(LocalDate.parse("2026-12-02"), "Claude Coord",
                List.of(new EmailText.DigestLine(notification, URL)), PREFERENCES);

        assertThat(mail.text()).endsWith("\n-- \nVous recevez ce message parce que cette orientation vous concerne "
                + "sur Orientation numérique.\nPour choisir comment être prévenu(e) (courriel, SMS, récapitulatif "
                + "quotidien), ouvrez vos préférences de notification : https://orientation.example/preferences\n");
        assertThat(mail.html()).contains("quotidien), ouvrez <a href=\"https://orientation.example/preferences\">vos "
                + "préférences de notification</a>.</p></body></html>");
        assertThat(digest.text()).contains("Vous recevez ce récapitulatif parce que ces orientations vous concernent")
                .endsWith("ouvrez vos préférences de notification : https://orientation.example/preferences\n");
        assertThat(digest.html()).contains("<a href=\"https://orientation.example/preferences\">vos préférences de "
                + "notification</a>.</p></body></html>");
    }

    @Test
    void htmlEscapesWhatNamesContain() {
        EmailText mail = EmailText.of(notification, null, URL, PREFERENCES);

        assertThat(mail.html()).contains("« Café &lt;&amp;&gt; Numérique »").doesNotContain("<&>");
        assertThat(mail.text()).startsWith("Bonjour,\n").contains("« Café <&> Numérique »");
    }

    @Test
    void smsIsShortWithTheLink() {
        String sms = EmailText.sms(notification, URL);

        assertThat(sms).isEqualTo("Orientation numérique : Nouvelle orientation reçue. " + URL);
        assertThat(sms.length()).isLessThanOrEqualTo(160);
    }

    @Test
    void digestListsEveryNotificationWithItsLink() {
        Notification other = Notification.of(UUID.randomUUID(), Audience.territory("55"),
                NotificationKind.REFERRAL_ESCALATED, "r-2", "v-2",
                new NotificationText("Orientation sans réponse signalée", "Le lieu « Médiathèque » n'a pas répondu."),
                Instant.parse("2026-12-01T15:30:00Z"));

        EmailText digest = EmailText.digest(LocalDate.parse("2026-12-02"), "Claude Coord", List.of(
                new EmailText.DigestLine(notification, URL),
                new EmailText.DigestLine(other, "https://orientation.example/orientations/r-2")), PREFERENCES);

        assertThat(digest.subject())
                .isEqualTo("Orientation numérique – récapitulatif du mercredi 2 décembre 2026 (2 notifications)");
        assertThat(digest.text()).startsWith("Bonjour Claude Coord,")
                .contains("- Nouvelle orientation reçue (1 décembre à 09h00)")
                .contains("- Orientation sans réponse signalée (1 décembre à 16h30)")
                .contains(URL).contains("https://orientation.example/orientations/r-2");
        assertThat(digest.html()).contains("<li>").contains("Café &lt;&amp;&gt; Numérique");
        assertThatThrownBy(() -> EmailText.digest(LocalDate.parse("2026-12-02"), null, List.of(), PREFERENCES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
