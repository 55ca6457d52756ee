package fr.inclusion.orientation.web.notifications;

import static fr.inclusion.orientation.web.notifications.NotificationSamples.kind;
import static fr.inclusion.orientation.web.notifications.NotificationSamples.preferences;
import static fr.inclusion.orientation.web.notifications.NotificationSamples.validationProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import fr.inclusion.orientation.web.StubServices;

/** {@code /preferences}: the kinds that concern the person, saving them, and the service's refusals next to fields. */
class PreferencesPageTest extends PageTestSupport {

    private static final String PREFERENCES = "/api/notification-preferences";

    private final String token = TestJwts.venueStaff("lieu.mediatheque", "v-2");

    /** A venue's staff, as the service answers them: three kinds concern them, the others do not. */
    private static final String VENUE_STAFF = preferences(false,
            kind("REFERRAL_RECEIVED", "Nouvelle orientation reçue par votre lieu", "immediate", true, "in_app",
                    "email"),
            kind("REFERRAL_CANCELLED", "Orientation annulée par la mairie", "immediate", true, "in_app"),
            kind("REFERRAL_REMINDER", "Rappel : orientation en attente de votre réponse", "immediate", true,
                    "in_app", "email"),
            kind("REFERRAL_ACCEPTED", "Orientation acceptée par le lieu", "immediate", false, "in_app", "email"),
            kind("REFERRAL_ESCALATED", "Orientation sans réponse signalée à votre territoire", "daily_digest", false,
                    "in_app", "email"));

    @Test
    void pageListsTheKindsThatConcernThePersonWithTheirSettings() {
        SERVICE.answer("GET", PREFERENCES, 200, VENUE_STAFF);

        HttpResponse<String> response = get("/preferences", token);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.title()).isEqualTo("Préférences de notification – Orientation numérique");
        Element form = page.selectFirst("form#preferences");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/preferences");
        assertThat(form.select("fieldset.preference > legend").eachText()).containsExactly(
                "Nouvelle orientation reçue par votre lieu", "Orientation annulée par la mairie",
                "Rappel : orientation en attente de votre réponse");
        Element received = form.selectFirst("#pref-referral-received");
        assertThat(received.selectFirst("#pref-referral-received-in_app").hasAttr("disabled")).isTrue();
        assertThat(received.selectFirst("#pref-referral-received-in_app").hasAttr("checked")).isTrue();
        assertThat(received.selectFirst("#pref-referral-received-email").hasAttr("checked")).isTrue();
        assertThat(received.selectFirst("#pref-referral-received-sms").hasAttr("checked")).isFalse();
        assertThat(received.selectFirst("#pref-referral-received-immediate").hasAttr("checked")).isTrue();
        assertThat(received.selectFirst("#pref-referral-received-digest").hasAttr("checked")).isFalse();
        assertThat(form.selectFirst("#pref-referral-cancelled-email").hasAttr("checked")).isFalse();
        // every control has its French label
        form.select("input[type=checkbox], input[type=radio]").forEach(input -> assertThat(
                page.select("label[for=" + input.id() + "]").text()).isNotBlank());
        assertThat(page.select("label[for=pref-referral-received-email]").text()).isEqualTo("Par courriel");
        assertThat(page.select("label[for=pref-referral-received-sms]").text()).isEqualTo("Par SMS");
        assertThat(page.select("label[for=pref-referral-received-immediate]").text()).isEqualTo("Dès qu'elle arrive");
        assertThat(page.select("#preferences-enregistrees")).isEmpty();
        assertThat(SERVICE.received("GET", PREFERENCES).getFirst().authorization()).isEqualTo("Bearer " + token);
    }

    @Test
    void savingPutsEveryShownKindWithInAppAlwaysAndAnswers303ToTheConfirmation() {
        SERVICE.answer("PUT", PREFERENCES, 200, VENUE_STAFF);

        HttpResponse<String> response = post("/preferences", token,
                "kind", "REFERRAL_RECEIVED", "email", "REFERRAL_RECEIVED", "sms", "REFERRAL_RECEIVED",
                "delivery-REFERRAL_RECEIVED", "immediate",
                "kind", "REFERRAL_CANCELLED", "delivery-REFERRAL_CANCELLED", "immediate",
                "kind", "REFERRAL_REMINDER", "email", "REFERRAL_REMINDER",
                "delivery-REFERRAL_REMINDER", "daily_digest");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/preferences?enregistrees");
        StubServices.Received put = SERVICE.received("PUT", PREFERENCES).getFirst();
        assertThat(put.authorization()).isEqualTo("Bearer " + token);
        assertThat(put.contentType()).startsWith("application/json");
        assertThat(JsonMapper.builder().build().readTree(put.body())).isEqualTo(JsonMapper.builder().build().readTree(
                "{\"kinds\":["
                        + "{\"kind\":\"REFERRAL_RECEIVED\",\"channels\":[\"in_app\",\"email\",\"sms\"],"
                        + "\"delivery\":\"immediate\"},"
                        + "{\"kind\":\"REFERRAL_CANCELLED\",\"channels\":[\"in_app\"],\"delivery\":\"immediate\"},"
                        + "{\"kind\":\"REFERRAL_REMINDER\",\"channels\":[\"in_app\",\"email\"],"
                        + "\"delivery\":\"daily_digest\"}]}"));
    }

    @Test
    void afterASaveThePageConfirmsIt() {
        SERVICE.answer("GET", PREFERENCES, 200, VENUE_STAFF);

        Document page = html(get("/preferences?enregistrees", token));

        assertThat(page.selectFirst("#preferences-enregistrees").text()).isEqualTo("Vos préférences sont enregistrées.");
        assertThat(page.selectFirst("#preferences-enregistrees").attr("role")).isEqualTo("status");
    }

    @Test
    void aRefusedSaveShowsEachMessageNextToItsControlsAndKeepsWhatWasChosen() {
        SERVICE.answer("GET", PREFERENCES, 200, VENUE_STAFF);
        SERVICE.answer("PUT", PREFERENCES, 400, validationProblem("Ces préférences de notification ne sont pas valides.",
                "kinds[0].delivery", "le récapitulatif quotidien est envoyé par courriel : ajoutez le canal email ou "
                        + "choisissez immediate",
                "kinds[1].channels", "le SMS n'est envoyé qu'immédiatement : retirez sms ou choisissez immediate"));

        HttpResponse<String> response = post("/preferences", token,
                "kind", "REFERRAL_RECEIVED", "delivery-REFERRAL_RECEIVED", "daily_digest",
                "kind", "REFERRAL_REMINDER", "email", "REFERRAL_REMINDER", "sms", "REFERRAL_REMINDER",
                "delivery-REFERRAL_REMINDER", "daily_digest");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.title()).startsWith("Erreur : ");
        assertThat(page.select("#preferences-erreurs li a").eachAttr("href"))
                .containsExactly("#pref-referral-received-immediate", "#pref-referral-reminder-email");
        assertThat(page.selectFirst("#pref-referral-received-delivery-error").text()).isEqualTo(
                "Erreur : Le récapitulatif quotidien est envoyé par courriel : cochez « Par courriel » ou choisissez "
                        + "« Dès qu'elle arrive ».");
        assertThat(page.selectFirst("#pref-referral-reminder-channels-error").text()).startsWith(
                "Erreur : Le SMS n'est envoyé qu'au moment où la notification arrive");
        assertThat(page.selectFirst("#pref-referral-received-delivery-error").parent().attr("aria-describedby"))
                .isEqualTo("pref-referral-received-delivery-error");
        // the form as it was sent, not as it is stored
        assertThat(page.select("fieldset.preference > legend").eachText()).containsExactly(
                "Nouvelle orientation reçue par votre lieu", "Rappel : orientation en attente de votre réponse");
        assertThat(page.selectFirst("#pref-referral-received-digest").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#pref-referral-received-email").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("#pref-referral-reminder-sms").hasAttr("checked")).isTrue();
        assertThat(page.select("#preferences-enregistrees")).isEmpty();
    }

    @Test
    void someoneWhomNoKindConcernsIsToldThereIsNothingToSet() {
        SERVICE.answer("GET", PREFERENCES, 200, preferences(false,
                kind("REFERRAL_RECEIVED", "Nouvelle orientation reçue par votre lieu", "immediate", false, "in_app")));

        Document page = html(get("/preferences", TestJwts.admin("admin")));

        assertThat(page.select("form#preferences")).isEmpty();
        assertThat(page.text()).contains("Aucun type de notification ne concerne votre rôle");
    }

    @Test
    void withoutATokenPreferencesAre401() {
        assertThat(get("/preferences", null).statusCode()).isEqualTo(401);
        assertThat(post("/preferences", null, "kind", "REFERRAL_RECEIVED").statusCode()).isEqualTo(401);
        assertThat(SERVICE.all()).isEmpty();
    }
}
