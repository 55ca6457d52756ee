package fr.inclusion.orientation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm file is what the standalone Keycloak imports: these checks catch a broken realm before a 20-second
 * Keycloak start does, and pin the token contract the services rely on (claim names, fixed user ids).
 */
class OrientationRealmTest {

    private static final Pattern INSEE = Pattern.compile("^[0-9][0-9AB][0-9]{3}$");

    /** username → (id, role, attribute name, attribute value) as in the team brief and API.md. */
    private static final Map<String, List<String>> DEMO_USERS = Map.of(
            "secretaire.revigny", List.of("6a1c9e0e-0001-4000-8000-000000000001", "secretary", "communes", "55427"),
            "secretaire.sommeilles", List.of("6a1c9e0e-0002-4000-8000-000000000002", "secretary", "communes", "55493"),
            "lieu.franceservices", List.of("6a1c9e0e-0003-4000-8000-000000000003", "venue_staff", "venue_id",
                    "demo-revigny-france-services"),
            "lieu.mediatheque", List.of("6a1c9e0e-0004-4000-8000-000000000004", "venue_staff", "venue_id",
                    "demo-revigny-mediatheque"),
            "coord.revigny", List.of("6a1c9e0e-0005-4000-8000-000000000005", "coordinator", "territory", "245501184"),
            "coord.meuse", List.of("6a1c9e0e-0006-4000-8000-000000000006", "coordinator", "territory", "55"),
            "admin", List.of("6a1c9e0e-0007-4000-8000-000000000007", "admin", "", ""));

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (InputStream in = OrientationRealmTest.class.getResourceAsStream("/realm/orientation-realm.json")) {
            assertThat(in).as("realm/orientation-realm.json on the classpath").isNotNull();
            realm = JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void realmIsNamedOrientationWithShortLivedAccessTokens() {
        assertThat(realm.path("realm").asString()).isEqualTo("orientation");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("accessTokenLifespan").asInt()).isBetween(300, 1800);
        assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
    }

    @Test
    void declaresTheFourRealmRoles() {
        assertThat(names(realm.path("roles").path("realm"), "name"))
                .contains("secretary", "venue_staff", "coordinator", "admin");
    }

    @Test
    void gatewayClientIsConfidentialWithBrowserFlowAndServiceAccount() {
        JsonNode gateway = client("gateway");
        assertThat(gateway.path("publicClient").asBoolean()).isFalse();
        assertThat(gateway.path("secret").asString()).isEqualTo("gateway-secret-demo");
        assertThat(gateway.path("description").asString()).containsIgnoringCase("démo");
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(strings(gateway.path("redirectUris"))).contains("http://127.0.0.1:8080/*");
    }

    @Test
    void cliClientIsPublicAndAllowsThePasswordGrantForDemoOnly() {
        JsonNode cli = client("cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(cli.path("description").asString()).containsIgnoringCase("démo");
    }

    @Test
    void notificationServiceClientIsConfidentialWithAServiceAccountThatOnlyReadsUsers() {
        JsonNode client = client("notification-service");
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        // the default of NOTIFICATION_DIRECTORY_CLIENT_SECRET in notification-service's application.yml
        assertThat(client.path("secret").asString()).isEqualTo("notification-service-secret-demo");
        assertThat(client.path("description").asString()).containsIgnoringCase("démo");

        JsonNode serviceAccount = users().get("service-account-notification-service");
        assertThat(serviceAccount).as("the client's service account user").isNotNull();
        assertThat(serviceAccount.path("serviceAccountClientId").asString()).isEqualTo("notification-service");
        assertThat(strings(serviceAccount.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("view-users", "query-users");
        assertThat(serviceAccount.path("realmRoles").isMissingNode() || serviceAccount.path("realmRoles").isEmpty())
                .as("no application role").isTrue();
    }

    @Test
    void phoneNumberIsAProfileAttributeInInternationalFormat() {
        Map<String, JsonNode> attributes = profileAttributes();
        JsonNode phone = attributes.get("phone_number");
        assertThat(phone).isNotNull();
        assertThat(phone.path("multivalued").asBoolean()).isFalse();
        assertThat(strings(phone.path("permissions").path("view"))).contains("admin");
        Pattern e164 = Pattern.compile(phone.path("validations").path("pattern").path("pattern").asString());
        assertThat(e164.matcher("+33639980001").matches()).isTrue();
        assertThat(e164.matcher("06 39 98 00 01").matches()).isFalse();

        for (JsonNode user : users().values()) {
            for (String number : strings(user.path("attributes").path("phone_number"))) {
                assertThat(e164.matcher(number).matches()).as(user.path("username").asString()).isTrue();
                // ARCEP's range reserved for fiction: demo numbers never reach a real person
                assertThat(number).as(user.path("username").asString()).startsWith("+3363998");
            }
        }
        assertThat(strings(users().get("lieu.franceservices").path("attributes").path("phone_number"))).hasSize(1);
    }

    @Test
    void clientTextsFitKeycloaksColumns() {
        // Keycloak stores a client's name and description in VARCHAR(255) columns: longer ones fail the import
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("description").asString().length()).as(client.path("clientId").asString())
                    .isLessThanOrEqualTo(255);
            assertThat(client.path("name").asString().length()).as(client.path("clientId").asString())
                    .isLessThanOrEqualTo(255);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "gateway", "cli" })
    void everyClientMapsScopeClaimsAndGatewayAudienceIntoAccessTokens(String clientId) {
        Map<String, JsonNode> byClaim = new java.util.HashMap<>();
        for (JsonNode mapper : client(clientId).path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            assertThat(config.path("access.token.claim").asString()).as(mapper.path("name").asString())
                    .isEqualTo("true");
            String key = mapper.path("protocolMapper").asString().equals("oidc-audience-mapper")
                    ? "aud"
                    : config.path("claim.name").asString();
            byClaim.put(key, mapper);
        }
        assertThat(byClaim).containsKeys("roles", "communes", "venue_id", "territory", "aud");

        assertThat(byClaim.get("roles").path("protocolMapper").asString())
                .isEqualTo("oidc-usermodel-realm-role-mapper");
        assertThat(byClaim.get("roles").path("config").path("multivalued").asString()).isEqualTo("true");
        assertThat(byClaim.get("communes").path("protocolMapper").asString())
                .isEqualTo("oidc-usermodel-attribute-mapper");
        assertThat(byClaim.get("communes").path("config").path("multivalued").asString()).isEqualTo("true");
        assertThat(byClaim.get("communes").path("config").path("user.attribute").asString()).isEqualTo("communes");
        assertThat(byClaim.get("venue_id").path("config").path("user.attribute").asString()).isEqualTo("venue_id");
        assertThat(byClaim.get("territory").path("config").path("user.attribute").asString())
                .isEqualTo("territory");
        assertThat(byClaim.get("aud").path("config").path("included.client.audience").asString())
                .isEqualTo("gateway");
    }

    @Test
    void userProfileDeclaresScopeAttributesWithInseeValidation() {
        Map<String, JsonNode> attributes = profileAttributes();
        assertThat(attributes).containsKeys("username", "email", "firstName", "lastName", "communes", "venue_id",
                "territory");
        assertThat(attributes.get("communes").path("multivalued").asBoolean()).isTrue();
        assertThat(attributes.get("communes").path("validations").path("pattern").path("pattern").asString())
                .isEqualTo(INSEE.pattern());
        // users must not widen their own scope: only admins edit the scope attributes
        for (String scoped : List.of("communes", "venue_id", "territory")) {
            assertThat(strings(attributes.get(scoped).path("permissions").path("edit"))).as(scoped)
                    .containsExactly("admin");
        }
    }

    @Test
    void everyDemoUserHasItsFixedIdProfileRolePasswordAndScope() {
        Map<String, JsonNode> users = users();
        assertThat(users.keySet()).containsAll(DEMO_USERS.keySet());

        DEMO_USERS.forEach((username, expected) -> {
            JsonNode user = users.get(username);
            assertThat(user.path("id").asString()).as(username + " id").isEqualTo(expected.get(0));
            assertThat(user.path("email").asString()).as(username + " email")
                    .isEqualTo(username + "@demo.orientation-numerique.fr");
            assertThat(user.path("firstName").asString()).as(username + " firstName").isNotBlank();
            assertThat(user.path("lastName").asString()).as(username + " lastName").isNotBlank();
            assertThat(user.path("enabled").asBoolean()).as(username + " enabled").isTrue();
            assertThat(user.path("emailVerified").asBoolean()).as(username + " emailVerified").isTrue();
            assertThat(strings(user.path("realmRoles"))).as(username + " roles").containsExactly(expected.get(1));
            assertThat(strings(user.path("attributes").path("demo_account"))).as(username + " demo marker")
                    .containsExactly("true");

            JsonNode password = user.path("credentials").get(0);
            assertThat(password.path("type").asString()).isEqualTo("password");
            assertThat(password.path("value").asString()).as(username + " password").isEqualTo(username);
            assertThat(password.path("temporary").asBoolean()).isFalse();

            if (!expected.get(2).isEmpty()) {
                assertThat(strings(user.path("attributes").path(expected.get(2)))).as(username + " scope")
                        .containsExactly(expected.get(3));
            }
        });
    }

    @Test
    void secretariesServeValidCommunesAndVenueStaffHaveAVenue() {
        for (JsonNode user : users().values()) {
            List<String> roles = strings(user.path("realmRoles"));
            List<String> communes = strings(user.path("attributes").path("communes"));
            assertThat(communes).allMatch(code -> INSEE.matcher(code).matches(), "INSEE codes");
            if (roles.contains("secretary")) {
                assertThat(communes).as(user.path("username").asString()).isNotEmpty();
            }
            if (roles.contains("venue_staff")) {
                assertThat(strings(user.path("attributes").path("venue_id"))).as(user.path("username").asString())
                        .singleElement().asString().isNotBlank();
            }
            if (roles.contains("coordinator")) {
                assertThat(strings(user.path("attributes").path("territory"))).as(user.path("username").asString())
                        .singleElement().asString().matches("^([0-9]{2}|2A|2B|[0-9]{9})$");
            }
        }
    }

    @Test
    void secretaryCommunesExistInTheMeuseReferenceData() throws IOException {
        // the territory reference data shipped with the reference module; the module runs from <root>/identity
        Path communesFile = Path.of("..", "reference", "src", "main", "resources", "fr", "inclusion", "orientation",
                "reference", "departements", "55.csv");
        assertThat(communesFile).isReadable();
        Set<String> known = Files.readAllLines(communesFile, StandardCharsets.UTF_8).stream()
                .skip(1)
                .map(line -> line.split(",", 2)[0])
                .collect(Collectors.toSet());
        assertThat(known).hasSizeGreaterThan(400);

        List<String> used = new ArrayList<>();
        users().values().forEach(user -> used.addAll(strings(user.path("attributes").path("communes"))));
        assertThat(used).isNotEmpty().allMatch(known::contains, "commune of the Meuse reference data");
    }

    private static Map<String, JsonNode> profileAttributes() {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        assertThat(provider).isNotNull();
        assertThat(provider.path("providerId").asString()).isEqualTo("declarative-user-profile");
        String config = provider.path("config").path("kc.user.profile.config").get(0).asString();
        JsonNode profile = JsonMapper.builder().build().readTree(config);
        return StreamSupport.stream(profile.path("attributes").spliterator(), false)
                .collect(Collectors.toMap(a -> a.path("name").asString(), a -> a));
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static Map<String, JsonNode> users() {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .collect(Collectors.toMap(u -> u.path("username").asString(), u -> u));
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path(field).asString()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
