package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The core journey through the gateway of a running standalone stack, with real Keycloak tokens: a secretary sends
 * a resident to a venue, the venue hears of it and accepts, nobody outside the scope sees it; and a service that was
 * down catches up on the events it missed.
 */
class ReferralJourneyIT {

    private static final String GATEWAY = System.getProperty("orientation.gateway", "http://127.0.0.1:8080");
    private static final String KEYCLOAK = System.getProperty("orientation.keycloak", "http://127.0.0.1:8180");
    private static final String LAUNCHER = System.getProperty("orientation.launcher", "../orientation");
    private static final String MAIL_API = System.getProperty("orientation.mail-api", "http://127.0.0.1:8025");
    private static final String FRANCE_SERVICES = "demo-revigny-france-services";
    private static final String ADMIN_HELP = "Aide aux démarches administratives";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void secretarySendsAResidentAndTheVenueHearsOfItAndAccepts() throws Exception {
        String secretary = token("secretaire.revigny");
        String venueStaff = token("lieu.franceservices");
        String key = UUID.randomUUID().toString();
        String body = referral(FRANCE_SERVICES, ADMIN_HELP, "55427");

        // the demo venue reaches referral-service's read model through Kafka; retrying with the same key is safe
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> post("/api/referrals", body, secretary, key), r -> r.statusCode() == 201);
        String id = json.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));

        HttpResponse<String> again = post("/api/referrals", body, secretary, key);
        assertThat(again.statusCode()).isIn(200, 201);
        assertThat(json.readTree(again.body()).get("id").asString()).isEqualTo(id);

        JsonNode notification = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> inboxEntryFor(venueStaff, id), n -> n != null);
        assertThat(notification.get("title").asString() + notification.get("body").asString())
                .doesNotContain("Jeanne").doesNotContain("+33600000000");

        HttpResponse<String> read = get("/api/referrals/" + id, venueStaff);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("status").asString()).isEqualToIgnoringCase("SENT");

        assertProblem(get("/api/referrals/" + id, token("lieu.mediatheque")), 404);
        assertProblem(get("/api/referrals/" + id, token("secretaire.sommeilles")), 404);

        HttpResponse<String> accepted = post("/api/referrals/" + id + "/accept", "", venueStaff, null);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(json.readTree(accepted.body()).get("status").asString()).isEqualToIgnoringCase("ACCEPTED");
        assertThat(post("/api/referrals/" + id + "/accept", "", venueStaff, null).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> inboxEntryFor(secretary, id), n -> n != null);
    }

    @Test
    void theVenueHearsLiveAndByMailOnceAndTheSecretaryHearsOfTheAnswerWithoutTheResidentsIdentity()
            throws Exception {
        String secretary = token("secretaire.revigny");
        String venueStaff = token("lieu.franceservices");
        List<String> live = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
        Thread listener = Thread.ofVirtual().start(() -> {
            try {
                HttpResponse<java.util.stream.Stream<String>> stream = http.send(HttpRequest.newBuilder(
                        URI.create(GATEWAY + "/api/notifications/stream"))
                        .header("Authorization", "Bearer " + venueStaff)
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                stream.body().forEach(line -> {
                    listening.countDown();
                    live.add(line);
                });
            } catch (IOException | InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(listening.await(30, TimeUnit.SECONDS)).as("live stream opened").isTrue();
            String key = UUID.randomUUID().toString();
            String body = referral(FRANCE_SERVICES, ADMIN_HELP, "55427");
            HttpResponse<String> created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> post("/api/referrals", body, secretary, key), r -> r.statusCode() == 201);
            String id = json.readTree(created.body()).get("id").asString();

            // live, over Server-Sent Events through the gateway
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> live.stream().anyMatch(line -> line.startsWith("data:") && line.contains(id)));
            // exactly one inbox entry for the venue's staff, even after a retried creation
            assertThat(post("/api/referrals", body, secretary, key).statusCode()).isEqualTo(200);
            assertThat(inboxEntriesFor(venueStaff, id)).hasSize(1);

            assertThat(post("/api/referrals/" + id + "/accept", "", venueStaff, null).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> inboxEntriesFor(secretary, id).size() == 1);

            // e-mails, captured by the local mail server: the venue's staff and the secretary, once each
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                List<JsonNode> about = mailsAbout(id);
                assertThat(about).extracting(m -> m.get("to").get(0).asString())
                        .containsExactlyInAnyOrder("lieu.franceservices@demo.orientation-numerique.fr",
                                "secretaire.revigny@demo.orientation-numerique.fr");
            });
            String everything = http.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/messages")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(everything).doesNotContain("Jeanne").doesNotContain("+33600000000")
                    .doesNotContain("33600000000");
            assertThat(String.join("\n", live)).doesNotContain("Jeanne").doesNotContain("+33600000000");

            // ./orientation mail lists them
            Process mail = new ProcessBuilder("bash", LAUNCHER, "mail", "50").redirectErrorStream(true).start();
            String listed = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(mail.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(mail.exitValue()).as(listed).isZero();
            assertThat(listed).contains("lieu.franceservices@demo.orientation-numerique.fr")
                    .doesNotContain("Jeanne");
        } finally {
            listener.interrupt();
        }
    }

    private List<JsonNode> mailsAbout(String referralId) throws Exception {
        HttpResponse<String> messages = http.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/messages")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<JsonNode> about = new java.util.ArrayList<>();
        for (JsonNode message : json.readTree(messages.body())) {
            if (message.path("text").asString("").contains(referralId)) {
                about.add(message);
            }
        }
        return about;
    }

    private List<JsonNode> inboxEntriesFor(String token, String referralId) throws Exception {
        HttpResponse<String> inbox = get("/api/notifications?size=100", token);
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        List<JsonNode> entries = new java.util.ArrayList<>();
        for (JsonNode item : json.readTree(inbox.body()).get("items")) {
            if (referralId.equals(item.path("referralId").asString())) {
                entries.add(item);
            }
        }
        return entries;
    }

    @Test
    void aReferralEndsKnownAndADeclinedOneIsReroutedOutOfTheFirstVenuesSight() throws Exception {
        String secretary = token("secretaire.revigny");
        String franceServices = token("lieu.franceservices");
        String mediatheque = token("lieu.mediatheque");

        String closed = created(secretary, FRANCE_SERVICES, ADMIN_HELP);
        assertThat(post("/api/referrals/" + closed + "/accept", "", franceServices, null).statusCode()).isEqualTo(200);
        HttpResponse<String> close = post("/api/referrals/" + closed + "/close", "{\"outcome\":\"resolved\"}",
                franceServices, null);
        assertThat(close.statusCode()).as(close.body()).isEqualTo(200);
        assertProblem(post("/api/referrals/" + closed + "/decline", "{\"reason\":\"autre\"}", franceServices, null),
                409);

        // a need both demo venues offer, so that the re-routing needs no override
        String declined = created(secretary, FRANCE_SERVICES, "Accès internet et matériel informatique");
        HttpResponse<String> decline = post("/api/referrals/" + declined + "/decline",
                "{\"reason\":\"session-complete\",\"message\":\"Plus de place cette semaine\"}", franceServices, null);
        assertThat(decline.statusCode()).as(decline.body()).isEqualTo(200);
        HttpResponse<String> reroute = post("/api/referrals/" + declined + "/reroute",
                "{\"venueId\":\"demo-revigny-mediatheque\"}", secretary, null);
        assertThat(reroute.statusCode()).as(reroute.body()).isIn(200, 201);
        String second = json.readTree(reroute.body()).get("id").asString();

        assertThat(second).isNotEqualTo(declined);
        assertProblem(get("/api/referrals/" + second, franceServices), 404);
        assertThat(get("/api/referrals/" + second, mediatheque).statusCode()).isEqualTo(200);
        assertThat(json.readTree(get("/api/referrals/" + declined, secretary).body()).toString()).contains(second);
    }

    private String created(String secretary, String venueId, String need) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = referral(venueId, need, "55427");
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> post("/api/referrals", body, secretary, key), r -> r.statusCode() == 201);
        return json.readTree(created.body()).get("id").asString();
    }

    @Test
    void requestsOutsideTheRulesGetProblemDetails() throws Exception {
        assertProblem(get("/api/referrals", null), 401);
        assertProblem(post("/api/venues", "{}", token("secretaire.revigny"), null), 403);
        assertProblem(post("/api/referrals", "{\"venueId\":", token("secretaire.revigny"),
                UUID.randomUUID().toString()), 400);
        HttpResponse<String> noConsent = post("/api/referrals",
                referral(FRANCE_SERVICES, ADMIN_HELP, "55427").replace("\"given\":true", "\"given\":false"),
                token("secretaire.revigny"), UUID.randomUUID().toString());
        assertProblem(noConsent, 400);
        assertThat(json.readTree(noConsent.body()).get("errors").isArray()).isTrue();
    }

    @Test
    void venuesRegisteredWhileReferralServiceIsDownAreInItsReadModelAfterRestart() throws Exception {
        String admin = token("admin");
        String secretary = token("secretaire.revigny");
        List<String> venues = List.of("it-" + UUID.randomUUID(), "it-" + UUID.randomUUID());

        launcher("stop", "referral-service");
        try {
            for (String venue : venues) {
                HttpResponse<String> registered = post("/api/venues", venue(venue), admin, null);
                assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            }
        } finally {
            launcher("start", "referral-service");
        }

        for (String venue : venues) {
            String key = UUID.randomUUID().toString();
            String body = referral(venue, ADMIN_HELP, "55427");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> post("/api/referrals", body, secretary, key).statusCode(), s -> s == 201 || s == 200);
        }
    }

    private JsonNode inboxEntryFor(String token, String referralId) throws Exception {
        HttpResponse<String> inbox = get("/api/notifications", token);
        if (inbox.statusCode() != 200) {
            return null;
        }
        for (JsonNode item : json.readTree(inbox.body()).get("items")) {
            if (referralId.equals(item.path("referralId").asString())) {
                return item;
            }
        }
        return null;
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.has("type")).isTrue();
    }

    private static String referral(String venueId, String need, String commune) {
        Residents.sent("Jeanne", "+33600000000");
        return """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"Jeanne","contact":{"channel":"phone","value":"+33600000000"},
                             "commune":"%s"},
                 "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venueId, need, commune);
    }

    private static String venue(String id) {
        return """
                {"id":"%s","pivot":"00000000000099","nom":"Lieu de test %s","commune":"Revigny-sur-Ornain",
                 "code_postal":"55800","code_insee":"55427","adresse":"3 rue du Test","latitude":48.83,
                 "longitude":4.98,"typologie":["EPN"],"services":["%s"],"frais_a_charge":["Gratuit"],
                 "itinerance":["Fixe"],"date_maj":"2026-11-28","source":"test de bout en bout"}
                """.formatted(id, id.substring(3, 11), ADMIN_HELP);
    }

    private String token(String username) throws Exception {
        String form = "client_id=cli&grant_type=password&username=" + enc(username) + "&password=" + enc(username);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/orientation/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String token, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", LAUNCHER));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("launcher %s finished", List.of(args)).isTrue();
        assertThat(process.exitValue()).as("launcher %s exit code", List.of(args)).isZero();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
