package fr.inclusion.orientation.web.secretary;

import static fr.inclusion.orientation.web.secretary.ApiSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The secretary's pages rendered by the running web service, the services answered by {@link ServicesStub} with
 * their real shapes, the user's token from {@link TestJwts} as the gateway relays it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecretaryPagesTest {

    private static final ServicesStub SERVICES = ServicesStub.start();
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", REVIGNY);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("orientation.services.venue", SERVICES::url);
        registry.add("orientation.services.referral", SERVICES::url);
        registry.add("orientation.services.notification", SERVICES::url);
    }

    @TestConfiguration
    static class Tokens {

        @Bean
        JwtDecoder testJwtDecoder(ObjectProvider<OAuth2TokenValidator<Jwt>> validators) {
            return TestJwts.decoder(validators.orderedStream().toList());
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void answers() {
        SERVICES.reset();
        SERVICES.json("GET", "/api/territory/communes/55427", 200, REVIGNY_COMMUNE)
                .json("GET", "/api/territory/communes", 200, COMMUNES_REVI)
                .json("GET", "/api/venues/search", 200, SEARCH)
                .json("GET", "/api/venues/" + FRANCE_SERVICES, 200, FRANCE_SERVICES_VENUE)
                .json("GET", "/api/venues/" + BUS, 200, BUS_VENUE)
                .json("GET", "/api/venues/" + LIBRARY, 200, LIBRARY_VENUE);
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    // ---- Orienter un habitant

    @Test
    void orientPageOffersTheNeedsInPlainWordsAndHerCommuneByDefault() {
        HttpResponse<String> page = get("/orienter", SECRETARY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"recherche\"", "method=\"get\"", "name=\"need\"",
                "<option value=\"Aide aux démarches administratives\">Faire une démarche en ligne",
                "name=\"commune\"", "value=\"Revigny-sur-Ornain (55427)\"",
                "name=\"constraints\"", "value=\"free\"", "value=\"evening\"", "value=\"weekend\"",
                "value=\"mobile\"", "value=\"accessible\"", "<label for=\"need\">", "<label for=\"commune\">")
                .doesNotContain("id=\"resultats\"", "style=", "<script>");
    }

    @Test
    void searchRanksPlacesWithReasonsNextOpeningBusStopPausedIntakeAndAMap() {
        HttpResponse<String> page = get("/orienter?need=" + encode(ADMIN_HELP)
                + "&commune=" + encode("Revigny-sur-Ornain (55427)") + "&constraints=free&constraints=weekend",
                SECRETARY);

        assertThat(page.statusCode()).isEqualTo(200);
        ServicesStub.Received search = SERVICES.received("GET", "/api/venues/search").getFirst();
        assertThat(query(search.query())).containsEntry("need", ADMIN_HELP).containsEntry("commune", REVIGNY)
                .containsEntry("constraints", "free,weekend");
        assertThat(search.authorization()).isEqualTo("Bearer " + SECRETARY);

        String body = page.body();
        assertThat(count(body, "<li class=\"resultat card\"")).isEqualTo(3);
        assertThat(body).contains("id=\"resultats\"", "France Services Revigny-sur-Ornain (démo)",
                "ouvert le samedi", "moins de 100 m",
                "Prochaine ouverture : <strong>samedi 12 décembre à 9 h</strong>",
                "Prochain passage dans la commune : mardi 15 décembre à 14 h (jusqu&#39;à 16 h), Place de la mairie",
                "Accueil suspendu", "<svg", "role=\"img\"", "Carte des lieux trouvés autour de Revigny-sur-Ornain");
        // two places to send to; none to the paused one
        assertThat(count(body, "class=\"button envoyer\"")).isEqualTo(2);
        assertThat(body).contains("href=\"/orientations/nouvelle?venue=" + FRANCE_SERVICES + "&amp;need="
                + encodePath(ADMIN_HELP) + "&amp;commune=55427&amp;constraints=free&amp;constraints=weekend\"");
        assertThat(body).doesNotContain("venue=" + LIBRARY);
    }

    @Test
    void anUnknownCommuneIsSaidNextToTheField() {
        SERVICES.json("GET", "/api/territory/communes", 200, "{\"items\":[],\"page\":0,\"size\":10,\"total\":0}");

        HttpResponse<String> page = get("/orienter?need=" + encode(ADMIN_HELP) + "&commune=Atlantide", SECRETARY);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("class=\"error-summary\"", "href=\"#commune\"", "id=\"commune-erreur\"",
                "Aucune commune ne correspond à « Atlantide »");
        assertThat(SERVICES.received("GET", "/api/venues/search")).isEmpty();
    }

    @Test
    void communeSuggestionsAreOptionsOfTheTerritory() {
        HttpResponse<String> part = get("/orienter/communes?commune=revi", SECRETARY);

        assertThat(part.statusCode()).isEqualTo(200);
        assertThat(part.body()).contains("<option value=\"Revigny-sur-Ornain (55427)\">55800 Revigny-sur-Ornain</option>",
                "<option value=\"Sommeilles (55493)\">").doesNotContain("<html");
        assertThat(query(SERVICES.received("GET", "/api/territory/communes").getFirst().query()))
                .containsEntry("q", "revi");
    }

    // ---- Envoyer l'orientation

    @Test
    void sendFormHasItsFieldsTheConsentTextAndAFreshIdempotencyKey() {
        HttpResponse<String> first = get(newForm(), SECRETARY);
        HttpResponse<String> second = get(newForm(), SECRETARY);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("id=\"envoi\"", "method=\"post\"", "action=\"/orientations\"",
                "name=\"firstName\"", "name=\"contactChannel\"", "value=\"phone\"", "value=\"email\"",
                "value=\"via_mairie\"", "name=\"contactValue\"", "type=\"checkbox\" id=\"consent\" name=\"consent\"",
                "name=\"note\"", "name=\"consentVersion\" value=\"v1\"", "version <span>v1</span>",
                "la mairie lui transmet votre prénom", ">Envoyer l'orientation</button>",
                "France Services Revigny-sur-Ornain (démo)");
        assertThat(hidden(first.body(), "idempotencyKey")).matches("[0-9a-f-]{36}")
                .isNotEqualTo(hidden(second.body(), "idempotencyKey"));
    }

    @Test
    void sendingPostsTheReferralWithTheFormsKeyAndRedirectsToTheSlip() {
        SERVICES.json("POST", "/api/referrals", 201, referral(REFERRAL, "sent", FRANCE_SERVICES, sentHistory(), ""),
                Map.of("Location", "/api/referrals/" + REFERRAL));
        String key = "6f1c0d2e-8a4b-4c3d-9e8f-7a6b5c4d3e2f";

        HttpResponse<String> sent = post("/orientations", SECRETARY, List.of(
                "venue", FRANCE_SERVICES, "need", ADMIN_HELP, "commune", REVIGNY, "constraints", "free",
                "idempotencyKey", key, "firstName", "Marie", "contactChannel", "phone",
                "contactValue", "06 12 34 56 78", "consent", "oui", "consentVersion", "v1",
                "note", "Rappeler après 17 h", "deadline", ""));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/orientations/" + REFERRAL + "/fiche?envoyee");
        ServicesStub.Received create = SERVICES.received("POST", "/api/referrals").getFirst();
        assertThat(create.idempotencyKey()).isEqualTo(key);
        assertThat(create.authorization()).isEqualTo("Bearer " + SECRETARY);
        JsonNode body = JSON.readTree(create.body());
        assertThat(body.get("venueId").asString()).isEqualTo(FRANCE_SERVICES);
        assertThat(body.get("need").asString()).isEqualTo(ADMIN_HELP);
        assertThat(body.get("resident").get("firstName").asString()).isEqualTo("Marie");
        assertThat(body.get("resident").get("contact").get("channel").asString()).isEqualTo("phone");
        assertThat(body.get("resident").get("contact").get("value").asString()).isEqualTo("06 12 34 56 78");
        assertThat(body.get("resident").get("commune").asString()).isEqualTo(REVIGNY);
        assertThat(body.get("constraints").get(0).asString()).isEqualTo("free");
        assertThat(body.get("note").asString()).isEqualTo("Rappeler après 17 h");
        assertThat(body.has("deadline")).isFalse();
        assertThat(body.get("consent").get("given").asBoolean()).isTrue();
        assertThat(body.get("consent").get("wordingVersion").asString()).isEqualTo("v1");
    }

    @Test
    void submittingTheSameFormTwiceSendsTheSameKeyAndLandsOnTheSameSlip() {
        // referral-service answers a repeated key with the referral it already created (200)
        SERVICES.json("POST", "/api/referrals", 200, referral(REFERRAL, "sent", FRANCE_SERVICES, sentHistory(), ""),
                Map.of("Location", "/api/referrals/" + REFERRAL, "Idempotent-Replayed", "true"));
        List<String> form = List.of("venue", FRANCE_SERVICES, "need", ADMIN_HELP, "commune", REVIGNY,
                "idempotencyKey", "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "firstName", "Marie",
                "contactChannel", "via_mairie", "contactValue", "", "consent", "oui", "consentVersion", "v1");

        HttpResponse<String> first = post("/orientations", SECRETARY, form);
        HttpResponse<String> again = post("/orientations", SECRETARY, form);

        assertThat(first.headers().firstValue("Location")).isEqualTo(again.headers().firstValue("Location"));
        assertThat(SERVICES.received("POST", "/api/referrals")).extracting(ServicesStub.Received::idempotencyKey)
                .containsExactly("0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a");
        JsonNode contact = JSON.readTree(SERVICES.received("POST", "/api/referrals").getFirst().body())
                .get("resident").get("contact");
        assertThat(contact.get("channel").asString()).isEqualTo("via_mairie");
        assertThat(contact.has("value")).isFalse();
    }

    @Test
    void aRefusedReferralShowsEachErrorNextToItsFieldWithASummaryFocusedFirst() {
        SERVICES.problem("POST", "/api/referrals", 400, """
                {"type":"https://orientation-numerique.fr/problems/validation","title":"Requête invalide",
                 "status":400,"detail":"Certains champs sont absents ou invalides.",
                 "errors":[
                   {"field":"consent.given","message":"Le résident doit avoir donné son consentement (consent.given = true)."},
                   {"field":"resident.contact.value","message":"Numéro de téléphone invalide (chiffres, espaces, points ou tirets, éventuellement précédés de +)."},
                   {"field":"resident.firstName","message":"Le prénom (ou les initiales) du résident est obligatoire."}]}""");
        String key = "11111111-2222-4333-8444-555555555555";

        HttpResponse<String> page = post("/orientations", SECRETARY, List.of(
                "venue", FRANCE_SERVICES, "need", ADMIN_HELP, "commune", REVIGNY, "idempotencyKey", key,
                "firstName", "", "contactChannel", "phone", "contactValue", "abc", "consentVersion", "v1",
                "note", "Rappeler <après> 17 h"));

        assertThat(page.statusCode()).isEqualTo(400);
        String body = page.body();
        assertThat(body).contains("<title>Erreur : Envoyer l&#39;orientation");
        // the summary comes first, is focused, and lists the fields in the form's order with links to them
        int summary = body.indexOf("class=\"error-summary\"");
        assertThat(summary).isPositive().isLessThan(body.indexOf("id=\"envoi\""));
        assertThat(body.substring(summary, body.indexOf("</div>", summary))).contains("autofocus")
                .containsSubsequence("href=\"#firstName\"", "href=\"#contactValue\"", "href=\"#consent\"");
        // each message next to its field, which says it is invalid and points to the message
        assertThat(body).containsSubsequence("id=\"firstName-erreur\"",
                "Le prénom (ou les initiales) du résident est obligatoire.", "id=\"firstName\"");
        assertThat(body).contains("aria-describedby=\"firstName-aide firstName-erreur\" aria-invalid=\"true\"");
        assertThat(body).containsSubsequence("id=\"contactValue-erreur\"", "Numéro de téléphone invalide",
                "id=\"contactValue\"");
        assertThat(body).containsSubsequence("id=\"consent-erreur\"",
                "Lisez le texte à la personne et cochez la case si elle est d&#39;accord.", "id=\"consent\"");
        // what she typed is kept, escaped, and the same key is sent again with the corrected form
        assertThat(body).contains("value=\"abc\"", "Rappeler &lt;après&gt; 17 h");
        assertThat(hidden(body, "idempotencyKey")).isEqualTo(key);
    }

    @Test
    void aPausedVenueIsSaidAtTheTopOfTheForm() {
        SERVICES.problem("POST", "/api/referrals", 409, """
                {"type":"https://orientation-numerique.fr/problems/venue-intake-paused",
                 "title":"Accueil des orientations suspendu","status":409,
                 "detail":"Ce lieu n'accepte pas de nouvelles orientations pour le moment."}""");

        HttpResponse<String> page = post("/orientations", SECRETARY, List.of(
                "venue", FRANCE_SERVICES, "need", ADMIN_HELP, "commune", REVIGNY,
                "idempotencyKey", "22222222-2222-4333-8444-555555555555", "firstName", "Marie",
                "contactChannel", "via_mairie", "consent", "oui", "consentVersion", "v1"));

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("class=\"error-summary\"",
                "Accueil des orientations suspendu : Ce lieu n&#39;accepte pas de nouvelles orientations");
    }

    // ---- Fiche pour l'habitant

    @Test
    void slipSaysWhereWhenWhatToBringAndTheReferralNumber() {
        SERVICES.json("GET", "/api/referrals/" + REFERRAL, 200,
                referral(REFERRAL, "sent", FRANCE_SERVICES, sentHistory(), ""));

        HttpResponse<String> page = get("/orientations/" + REFERRAL + "/fiche?envoyee", SECRETARY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"fiche\"", "<strong id=\"numero\">" + REFERRAL + "</strong>",
                "Mairie de <span>Revigny-sur-Ornain</span>", "France Services Revigny-sur-Ornain (démo)",
                "1 rue de la Démonstration, 55800 Revigny-sur-Ornain",
                "Du lundi au vendredi : de 9 h à 12 h et de 13 h 30 à 17 h", "Le samedi : de 9 h à 12 h",
                "Prochaine ouverture : <strong>samedi 12 décembre à 9 h</strong>", "03 00 00 00 01",
                "Une pièce d&#39;identité", "L'orientation est envoyée au lieu", "/web/secretary.js",
                "Ctrl + P")
                .doesNotContain("06 12 34 56 78", "Rappeler après 17 h");
    }

    // ---- Mes orientations

    @Test
    void listShowsHerReferralsWithFrenchStatusesFilteredAndLive() {
        SERVICES.json("GET", "/api/referrals", 200, "{\"items\":["
                + referral(REFERRAL, "declined", FRANCE_SERVICES, declinedHistory(), "") + ","
                + referral(REROUTED, "accepted", BUS, sentHistory(), "") + "],\"page\":0,\"size\":20,\"total\":2}");

        HttpResponse<String> page = get("/orientations?status=declined", SECRETARY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(query(SERVICES.received("GET", "/api/referrals").getFirst().query()))
                .containsEntry("status", "declined");
        String body = page.body();
        assertThat(count(body, "<tr class=\"orientation\"")).isEqualTo(2);
        assertThat(body).contains("id=\"mes-orientations\"", "<span class=\"status status--declined\">Refusée</span>",
                "<span class=\"status status--accepted\">Acceptée</span>", "href=\"/orientations/" + REFERRAL + "\"",
                "<option value=\"declined\" selected=\"selected\">Refusée</option>",
                "hx-ext=\"sse\"", "sse-connect=\"/api/notifications/stream\"", "hx-trigger=\"sse:notification\"",
                "Le Maxillien, bus des services publics (démo)");
    }

    @Test
    void theLiveListIsThePartAlone() {
        SERVICES.json("GET", "/api/referrals", 200, "{\"items\":[], \"page\":0,\"size\":20,\"total\":0}");

        HttpResponse<String> part = get("/orientations/liste", SECRETARY);

        assertThat(part.statusCode()).isEqualTo(200);
        assertThat(part.body()).contains("id=\"liste-orientations\"", "id=\"mes-orientations\"",
                "hx-swap-oob=\"innerHTML\"").doesNotContain("<html", "site-header");
    }

    @Test
    void detailShowsTheHistoryAndAfterADeclineOffersOtherPlaces() {
        SERVICES.json("GET", "/api/referrals/" + REFERRAL, 200, referral(REFERRAL, "declined", FRANCE_SERVICES,
                declinedHistory(), ",\"declineMessage\":\"Plus de créneau avant janvier.\""));

        HttpResponse<String> page = get("/orientations/" + REFERRAL, SECRETARY);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Orientation de Marie", "status--declined", "Refusée",
                "Plus de place disponible", "Plus de créneau avant janvier.", "Par téléphone : 06 12 34 56 78")
                .containsSubsequence("<ol class=\"timeline\"", "Orientation envoyée (par vous)",
                        "Refusée par le lieu : plus de place disponible");
        // the search proposes the others, not the venue that declined nor a paused one
        assertThat(body).contains("Réorienter vers un autre lieu", "name=\"venueId\" value=\"" + BUS + "\"")
                .doesNotContain("name=\"venueId\" value=\"" + FRANCE_SERVICES + "\"",
                        "name=\"venueId\" value=\"" + LIBRARY + "\"", "id=\"annulation\"");
    }

    @Test
    void reroutingPostsTheChosenPlaceAndOpensTheNewReferral() {
        SERVICES.json("POST", "/api/referrals/" + REFERRAL + "/reroute", 201,
                referral(REROUTED, "sent", BUS, sentHistory(), ",\"reroutedFrom\":\"" + REFERRAL + "\""),
                Map.of("Location", "/api/referrals/" + REROUTED));

        HttpResponse<String> rerouted = post("/orientations/" + REFERRAL + "/reorienter", SECRETARY,
                List.of("venueId", BUS));

        assertThat(rerouted.statusCode()).isEqualTo(303);
        assertThat(rerouted.headers().firstValue("Location")).hasValue("/orientations/" + REROUTED + "?reorientee");
        assertThat(JSON.readTree(SERVICES.received("POST", "/api/referrals/" + REFERRAL + "/reroute").getFirst()
                .body()).get("venueId").asString()).isEqualTo(BUS);
    }

    @Test
    void cancellingSendsTheReasonAndSaysItIsDone() {
        SERVICES.json("POST", "/api/referrals/" + REFERRAL + "/cancel", 200,
                referral(REFERRAL, "cancelled", FRANCE_SERVICES, sentHistory(), ""));

        HttpResponse<String> cancelled = post("/orientations/" + REFERRAL + "/annuler", SECRETARY,
                List.of("reason", "La personne a trouvé de l'aide."));

        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(cancelled.headers().firstValue("Location")).hasValue("/orientations/" + REFERRAL + "?annulee");
        assertThat(JSON.readTree(SERVICES.received("POST", "/api/referrals/" + REFERRAL + "/cancel").getFirst()
                .body()).get("reason").asString()).isEqualTo("La personne a trouvé de l'aide.");
    }

    @Test
    void aRefusedCancellationIsSaidOnTheReferralsPage() {
        SERVICES.problem("POST", "/api/referrals/" + REFERRAL + "/cancel", 409, """
                {"type":"https://orientation-numerique.fr/problems/illegal-transition","title":"Transition impossible",
                 "status":409,"detail":"Une orientation clôturée ne peut plus être annulée.","currentStatus":"closed"}""")
                .json("GET", "/api/referrals/" + REFERRAL, 200,
                        referral(REFERRAL, "closed", FRANCE_SERVICES, sentHistory(), ""));

        HttpResponse<String> page = post("/orientations/" + REFERRAL + "/annuler", SECRETARY, List.of("reason", ""));

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("class=\"error-summary\"",
                "Transition impossible : Une orientation clôturée ne peut plus être annulée.");
    }

    // ---- Who may

    @Test
    void venueStaffFollowingAnEmailLinkLandOnTheirOwnPageOfTheReferral() {
        HttpResponse<String> page = get("/orientations/" + REFERRAL,
                TestJwts.venueStaff("lieu.franceservices", FRANCE_SERVICES));

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/orientations-recues/" + REFERRAL);
        assertThat(SERVICES.received("GET", "/api/referrals/" + REFERRAL)).isEmpty();
    }

    @Test
    void aReferralOutsideHerScopeIsNotFound() {
        HttpResponse<String> page = get("/orientations/" + REROUTED, SECRETARY);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable");
    }

    @Test
    void otherRolesMayNotUseTheSecretaryPages() {
        String coordinator = TestJwts.coordinator("coord.revigny", "245501184");

        assertThat(get("/orienter", coordinator).statusCode()).isEqualTo(403);
        assertThat(get(newForm(), coordinator).statusCode()).isEqualTo(403);
        assertThat(post("/orientations", coordinator, List.of("venue", FRANCE_SERVICES)).statusCode())
                .isEqualTo(403);
        assertThat(SERVICES.received("POST", "/api/referrals")).isEmpty();
    }

    @Test
    void withoutATokenThePagesAnswer401() {
        assertThat(get("/orienter", null).statusCode()).isEqualTo(401);
    }

    // ---- helpers

    private static String newForm() {
        return "/orientations/nouvelle?venue=" + FRANCE_SERVICES + "&need=" + encode(ADMIN_HELP)
                + "&commune=" + REVIGNY + "&constraints=free";
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** A form POST; {@code fields} alternates names and values, a name may repeat. */
    private HttpResponse<String> post(String path, String token, List<String> fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.size(); i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(encode(fields.get(i))).append('=')
                    .append(encode(fields.get(i + 1)));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** As a URI path or query encodes it: spaces as %20. */
    private static String encodePath(String value) {
        return encode(value).replace("+", "%20");
    }

    private static Map<String, String> query(String raw) {
        return java.util.Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> first + "," + second));
    }

    private static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("hidden field " + name).isTrue();
        return matcher.group(1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
