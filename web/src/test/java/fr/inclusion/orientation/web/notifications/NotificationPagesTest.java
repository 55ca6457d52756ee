package fr.inclusion.orientation.web.notifications;

import static fr.inclusion.orientation.web.notifications.NotificationSamples.notification;
import static fr.inclusion.orientation.web.notifications.NotificationSamples.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.testsupport.TestJwts;

/** The bell's counter, the inbox page and its « marquer comme lue » forms, against a stand-in notification-service. */
class NotificationPagesTest extends PageTestSupport {

    private static final String INBOX = "/api/notifications";

    private final String token = TestJwts.venueStaff("lieu.franceservices", "v-1");
    private final Instant now = Instant.now();

    @Test
    void counterIsAnEmptyBadgeWhenNothingIsUnread() {
        SERVICE.answer("GET", INBOX, 200, page(0, 1, 0), "unread=true");

        HttpResponse<String> response = get("/notifications/compteur", token, "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().strip()).isEqualTo("<span class=\"bell__count\"></span>");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(SERVICE.received("GET", INBOX)).singleElement().satisfies(call -> {
            assertThat(call.queryHas("unread=true")).isTrue();
            assertThat(call.authorization()).isEqualTo("Bearer " + token);
        });
    }

    @Test
    void counterShowsTheNumberAndSaysItInWords() {
        SERVICE.answer("GET", INBOX, 200, page(0, 1, 3, unread("n-1", "r-1", 1)), "unread=true");

        HttpResponse<String> response = get("/notifications/compteur", token, "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().strip()).isEqualTo("<span class=\"bell__count\"><span aria-hidden=\"true\">3</span>"
                + "<span class=\"visually-hidden\">3 non lues</span></span>");
    }

    @Test
    void counterSaysOneInTheSingularAndCapsAtNinetyNine() {
        SERVICE.answer("GET", INBOX, 200, page(0, 1, 1, unread("n-1", "r-1", 1)), "unread=true");
        Element one = html(get("/notifications/compteur", token)).selectFirst(".bell__count");

        SERVICE.answer("GET", INBOX, 200, page(0, 1, 250, unread("n-1", "r-1", 1)), "unread=true");
        Element many = html(get("/notifications/compteur", token)).selectFirst(".bell__count");

        assertThat(one.select(".visually-hidden").text()).isEqualTo("1 non lue");
        assertThat(many.select("[aria-hidden]").text()).isEqualTo("99+");
        assertThat(many.select(".visually-hidden").text()).isEqualTo("plus de 99 non lues");
    }

    @Test
    void listShowsTheInboxNewestFirstWithUnreadMarkedAndLinksToReferrals() {
        answerInbox(0, 3, 2,
                unread("n-3", "r-3", 10),
                notification("n-2", "REFERRAL_CANCELLED", "r-2", "Orientation annulée", "La mairie a annulé.",
                        now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(5))),
                unread("n-1", "r-1", 30));

        HttpResponse<String> response = get("/notifications", token);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.title()).isEqualTo("Notifications – Orientation numérique");
        assertThat(page.select("#notifications > li.notification").eachAttr("id"))
                .containsExactly("notification-n-3", "notification-n-2", "notification-n-1");
        assertThat(page.select("#notifications .notification--non-lue").eachAttr("id"))
                .containsExactly("notification-n-3", "notification-n-1");
        Element first = page.selectFirst("#notification-n-3");
        assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo("/orientations/r-3");
        assertThat(first.selectFirst("h2 a").text()).isEqualTo("Nouvelle orientation reçue");
        assertThat(first.select(".notification__etat").text()).isEqualTo("Non lue");
        assertThat(first.selectFirst("time").attr("datetime")).isEqualTo(
                now.minus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        Element markRead = first.selectFirst("form button.marquer-lue");
        assertThat(markRead.text()).isEqualTo("Marquer comme lue : Nouvelle orientation reçue");
        assertThat(markRead.parent().attr("method")).isEqualTo("post");
        assertThat(markRead.parent().attr("action")).isEqualTo("/notifications/n-3/lue");
        assertThat(page.select("#notification-n-2 .marquer-lue")).isEmpty();
        assertThat(page.select("#notification-n-2 .notification__etat").text()).isEqualTo("Lue");
        assertThat(page.select(".notifications-bar__resume").text()).isEqualTo("2 notifications non lues.");
        Element markAll = page.selectFirst("form[action=/notifications/tout-lu]");
        assertThat(markAll.attr("method")).isEqualTo("post");
        assertThat(markAll.selectFirst("button").text()).isEqualTo("Tout marquer comme lu");
        assertThat(Instant.parse(markAll.selectFirst("input[name=jusqua]").val())).isBetween(now, Instant.now());
        Element zone = page.selectFirst("#notifications-zone");
        assertThat(zone.attr("hx-get")).isEqualTo("/notifications?page=0");
        assertThat(zone.attr("hx-trigger")).isEqualTo("sse:notification from:body");
        assertThat(SERVICE.received("GET", INBOX)).allSatisfy(
                call -> assertThat(call.authorization()).isEqualTo("Bearer " + token));
    }

    @Test
    void anEmptyInboxSaysSoWithoutMarkAll() {
        answerInbox(0, 0, 0);

        Document page = html(get("/notifications", token));

        assertThat(page.select("#notifications")).isEmpty();
        assertThat(page.select("#tout-lu")).isEmpty();
        assertThat(page.text()).contains("Vous n'avez aucune notification pour le moment.")
                .contains("Aucune notification non lue.");
    }

    @Test
    void longInboxesArePagedWithLinksBothWays() {
        SERVICE.answer("GET", INBOX, 200, page(1, 20, 45, unread("n-21", "r-21", 60)), "unread=false", "page=1",
                "size=20");
        SERVICE.answer("GET", INBOX, 200, page(0, 1, 1, unread("n-21", "r-21", 60)), "unread=true");

        Document page = html(get("/notifications?page=1", token));

        assertThat(page.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/notifications?page=0");
        assertThat(page.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/notifications?page=2");
        assertThat(page.select("nav.pagination").text()).contains("Page 2 sur 3");
        assertThat(page.select("#notification-n-21 input[name=page]").val()).isEqualTo("1");
    }

    @Test
    void liveRefreshReceivesTheListAndTheAnnouncementOnly() {
        answerInbox(0, 1, 1, unread("n-1", "r-1", 1));

        HttpResponse<String> response = get("/notifications", token, "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<html").doesNotContain("site-header");
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("HX-Request"));
        Document fragment = html(response);
        assertThat(fragment.select("#notifications-zone #notifications .notification--non-lue")).hasSize(1);
        assertThat(fragment.selectFirst("#notifications-annonce").attr("hx-swap-oob")).isEqualTo("innerHTML");
        assertThat(fragment.selectFirst("#notifications-annonce").text())
                .isEqualTo("Liste des notifications mise à jour. 1 notification non lue.");
    }

    @Test
    void markReadReachesTheServiceWithTheUsersTokenAndAnswers303BackToTheItem() {
        SERVICE.answer("POST", "/api/notifications/e-1:venue:v-1/read", 200,
                notification("e-1:venue:v-1", "REFERRAL_RECEIVED", "r-1", "Nouvelle orientation reçue", "…",
                        now.minusSeconds(60), now));

        HttpResponse<String> response = post("/notifications/e-1:venue:v-1/lue", token, "page", "2");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/notifications?page=2#notification-e-1-venue-v-1");
        assertThat(SERVICE.received("POST", "/api/notifications/e-1:venue:v-1/read")).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + token));
    }

    @Test
    void markingAnotherPersonsNotificationShowsTheNotFoundPage() {
        // the service's own answer for a notification outside the caller's inbox (no route: its 404 problem)
        HttpResponse<String> response = post("/notifications/n-autre/lue", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(html(response).select("h1").text()).isEqualTo("Page introuvable");
        assertThat(SERVICE.received("POST", "/api/notifications/n-autre/read")).hasSize(1);
    }

    @Test
    void markAllMarksWhatHadArrivedWhenTheListWasShownAndAnswers303() {
        Instant shownAt = now.minus(Duration.ofMinutes(30));
        SERVICE.answer("GET", INBOX, 200, page(0, 100, 3,
                unread("n-new", "r-3", 10), unread("n-2", "r-2", 60), unread("n-1", "r-1", 120)),
                "unread=true", "size=100");
        for (String id : List.of("n-new", "n-2", "n-1")) {
            SERVICE.answer("POST", "/api/notifications/" + id + "/read", 200, unread(id, "r", 1));
        }

        HttpResponse<String> response = post("/notifications/tout-lu", token, "jusqua", shownAt.toString());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/notifications?lues");
        assertThat(SERVICE.all().stream().filter(call -> call.method().equals("POST")).map(call -> call.path()))
                .containsExactly("/api/notifications/n-2/read", "/api/notifications/n-1/read");
        assertThat(SERVICE.received("POST", "/api/notifications/n-2/read").getFirst().authorization())
                .isEqualTo("Bearer " + token);
    }

    @Test
    void afterMarkAllTheListSaysItIsDone() {
        answerInbox(0, 0, 0);

        Document page = html(get("/notifications?lues", token));

        assertThat(page.select("#notifications-toutes-lues").text())
                .isEqualTo("Vos notifications sont marquées comme lues.");
    }

    @Test
    void withoutATokenThePagesAre401() {
        assertThat(get("/notifications", null).statusCode()).isEqualTo(401);
        assertThat(get("/notifications/compteur", null).statusCode()).isEqualTo(401);
        assertThat(post("/notifications/n-1/lue", null).statusCode()).isEqualTo(401);
        assertThat(SERVICE.all()).isEmpty();
    }

    @Test
    void aFailingServiceGivesItsFrenchProblemWithItsStatus() {
        SERVICE.answer("GET", INBOX, 503, "{\"type\":\"https://orientation-numerique.fr/problems/unavailable\","
                + "\"title\":\"Service indisponible\",\"status\":503,\"detail\":\"Réessayez plus tard.\"}");

        HttpResponse<String> response = get("/notifications", token);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(html(response).select("main h1").text()).isEqualTo("Service indisponible");
    }

    private void answerInbox(int page, long total, long unread, String... items) {
        SERVICE.answer("GET", INBOX, 200, page(page, 20, total, items), "unread=false", "page=" + page);
        SERVICE.answer("GET", INBOX, 200, page(0, 1, unread, items.length > 0 ? items[0] : ""), "unread=true");
    }

    private String unread(String id, String referralId, int minutesAgo) {
        return notification(id, "REFERRAL_RECEIVED", referralId, "Nouvelle orientation reçue",
                "Une personne de Revigny-sur-Ornain (55427) est orientée vers votre lieu.",
                now.minus(Duration.ofMinutes(minutesAgo)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), null);
    }
}
