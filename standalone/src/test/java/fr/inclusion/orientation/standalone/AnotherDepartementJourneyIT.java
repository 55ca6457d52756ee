package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another département without a code change, on the running standalone stack: an administrator imports the reference
 * file of a small INVENTED département (985, three invented communes, an invented EPCI SIREN 200099001) through the
 * gateway, and nothing else is set up for it but the people who work there (Keycloak users created through its admin
 * API). Then search finds a venue registered there, a secretary of one of its communes sends a resident there, the
 * venue's staff gets the notification (with the commune's name, learnt by notification-service from the reference
 * event), and the EPCI's coordinator counts it in the flows (EPCI learnt by referral-service from the same event).
 */
class AnotherDepartementJourneyIT {

    private static final String KEYCLOAK = System.getProperty("orientation.keycloak", "http://127.0.0.1:8180");
    private static final String EPCI = "200099001";
    private static final String ANSE = "98501";
    private static final String FILE = "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude\n"
            + ANSE + ",Anse-aux-Lucioles,98510,1200," + EPCI + ",CC de l'Archipel Inventé,-12.5,45.25\n"
            + "98502,\"Port-Fictif, le Haut\",98520|98521,800," + EPCI + ",CC de l'Archipel Inventé,-12.61,45.1\n"
            + "98503,Îlot-Sans-EPCI,98530,40,,,-12.7,45.3\n";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDepartementSetUpByImportAloneTakesAReferralFromSearchToFlows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = StackApi.token("admin");

        // 1. the département, by its reference file alone
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(
                        URI.create(StackApi.GATEWAY + "/api/territory/communes"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(FILE, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body())).isEqualTo(JSON.readTree(
                "{\"departement\":\"985\",\"imported\":3,\"rejected\":[]}"));
        assertThat(StackApi.read("/api/territory/communes/" + ANSE, admin).path("nom").asString())
                .isEqualTo("Anse-aux-Lucioles");

        // 2. a venue there, and the people who work there
        String venueId = "it-985-" + run;
        HttpResponse<String> registered = StackApi.post("/api/venues", venue(venueId), admin, null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String secretaryName = "secretaire.anse." + run;
        String staffName = "lieu.anse." + run;
        String coordinatorName = "coord.archipel." + run;
        KeycloakUsers users = new KeycloakUsers();
        users.create(secretaryName, "secretary", "communes", ANSE);
        users.create(staffName, "venue_staff", "venue_id", venueId);
        users.create(coordinatorName, "coordinator", "territory", EPCI);
        String secretary = StackApi.token(secretaryName);
        String staff = StackApi.token(staffName);
        String coordinator = StackApi.token(coordinatorName);
        long sentBefore = flowsSent(coordinator);

        // 3. search from the commune finds it
        JsonNode found = StackApi.read("/api/venues/search?need=" + StackApi.enc(StackApi.ADMIN_HELP) + "&commune="
                + ANSE, secretary);
        assertThat(found.path("items").values()).extracting(i -> i.path("venue").path("id").asString())
                .contains(venueId);

        // 4. the secretary sends a resident there (the venue reaches referral-service through Kafka first)
        String key = UUID.randomUUID().toString();
        String body = referral(venueId);
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> StackApi.post("/api/referrals", body, secretary, key), r -> r.statusCode() == 201);
        String referralId = JSON.readTree(created.body()).get("id").asString();

        // 5. the venue hears of it, with the commune named
        JsonNode notification = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> inboxEntry(staff, referralId), n -> n != null);
        assertThat(notification.path("title").asString() + " " + notification.path("body").asString())
                .contains("Anse-aux-Lucioles").doesNotContain("Lucie").doesNotContain("+33600000985");

        // 6. the EPCI's coordinator counts it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> flowsSent(coordinator), sent -> sent == sentBefore + 1);
        JsonNode byCommune = StackApi.read("/api/flows?groupBy=commune&territory=" + EPCI, coordinator);
        assertThat(byCommune.path("groups").values()).extracting(g -> g.path("key").asString()).contains(ANSE);
    }

    private static long flowsSent(String coordinator) throws Exception {
        return StackApi.read("/api/flows?groupBy=epci&territory=" + EPCI, coordinator).path("totals").path("sent")
                .asLong();
    }

    private static JsonNode inboxEntry(String token, String referralId) throws Exception {
        HttpResponse<String> inbox = StackApi.get("/api/notifications", token);
        if (inbox.statusCode() != 200) {
            return null;
        }
        for (JsonNode item : JSON.readTree(inbox.body()).get("items")) {
            if (referralId.equals(item.path("referralId").asString())) {
                return item;
            }
        }
        return null;
    }

    private static String referral(String venueId) {
        Residents.sent("Lucie", "+33600000985");
        return """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"Lucie","contact":{"channel":"phone","value":"+33600000985"},
                             "commune":"%s"},
                 "constraints":[],"consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venueId, StackApi.ADMIN_HELP, ANSE);
    }

    private static String venue(String id) {
        return """
                {"id":"%s","pivot":"00000000000985","nom":"Maison numérique d'Anse %s","commune":"Anse-aux-Lucioles",
                 "code_postal":"98510","code_insee":"%s","adresse":"1 rue du Lagon","latitude":-12.5,
                 "longitude":45.25,"typologie":["EPN"],"services":["%s"],"frais_a_charge":["Gratuit"],
                 "itinerance":["Fixe"],"date_maj":"2026-11-28","source":"test de bout en bout"}
                """.formatted(id, id.substring(7), ANSE, StackApi.ADMIN_HELP);
    }

    /** Users of the orientation realm, created through Keycloak's admin API (standalone: admin/admin on master). */
    private static final class KeycloakUsers {

        private final String token;

        KeycloakUsers() throws Exception {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "client_id=admin-cli&grant_type=password&username=admin&password=admin")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            this.token = JSON.readTree(response.body()).get("access_token").asString();
        }

        /** A user whose password is its name, with one realm role and one attribute. */
        void create(String username, String role, String attribute, String value) throws Exception {
            String user = """
                    {"username":"%s","enabled":true,"email":"%s@exemple.invalid","emailVerified":true,
                     "firstName":"Essai","lastName":"Archipel","attributes":{"%s":["%s"]},
                     "credentials":[{"type":"password","value":"%s","temporary":false}]}
                    """.formatted(username, username, attribute, value, username);
            HttpResponse<String> created = admin("POST", "/users", user);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.lastIndexOf('/') + 1);
            HttpResponse<String> roleRepresentation = admin("GET", "/roles/" + role, null);
            assertThat(roleRepresentation.statusCode()).as(roleRepresentation.body()).isEqualTo(200);
            HttpResponse<String> mapped = admin("POST", "/users/" + id + "/role-mappings/realm",
                    "[" + roleRepresentation.body() + "]");
            assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
        }

        private HttpResponse<String> admin(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(KEYCLOAK + "/admin/realms/orientation" + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
