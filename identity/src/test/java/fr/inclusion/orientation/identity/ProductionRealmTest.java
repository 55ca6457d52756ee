package fr.inclusion.orientation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production realm is imported once, by docker-compose's Keycloak, into an empty database: what it gets wrong
 * stays wrong in production until someone fixes it by hand. These checks pin what makes it the production realm
 * (no accounts, no password grant, exact redirect URIs, secrets from the environment, OTP for coordinators and
 * admins). That compose imports it, with every variable it reads, is deployment's ComposeFileTest.
 */
class ProductionRealmTest {

    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("^\\$\\{[A-Z][A-Z0-9_]*}$");

    private static JsonNode realm;
    private static JsonNode demo;

    @BeforeAll
    static void readFiles() throws IOException {
        realm = readRealm("/realm/orientation-realm-production.json");
        demo = readRealm("/realm/orientation-realm.json");
    }

    @Test
    void demoRealmIsTheOneWithTheCliClientAndDemoAccounts() {
        assertThat(clientIds(demo)).contains("cli");
        assertThat(client(demo, "cli").path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(usernames(demo)).contains("secretaire.revigny", "admin");
    }

    @Test
    void sameRealmRolesAndScopeAttributesAsTheDemoRealm() {
        assertThat(realm.path("realm").asString()).isEqualTo(demo.path("realm").asString()).isEqualTo("orientation");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(names(realm.path("roles").path("realm")))
                .containsExactlyInAnyOrderElementsOf(names(demo.path("roles").path("realm")))
                .contains("secretary", "venue_staff", "coordinator", "admin");

        JsonNode profile = profile(realm);
        List<String> attributes = names(profile.path("attributes"));
        assertThat(attributes).contains("communes", "venue_id", "territory", "phone_number").doesNotContain("demo_account");
        for (JsonNode attribute : profile.path("attributes")) {
            if (List.of("communes", "venue_id", "territory").contains(attribute.path("name").asString())) {
                assertThat(strings(attribute.path("permissions").path("edit"))).as(attribute.path("name").asString())
                        .containsExactly("admin");
            }
        }
    }

    @Test
    void noAccountButTheNotificationServiceAccountWithTheDemoRealmsReadOnlyRoles() {
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("username").asString()).startsWith("service-account-");
            assertThat(user.path("serviceAccountClientId").asString()).isNotBlank();
            assertThat(user.path("credentials").isMissingNode() || user.path("credentials").isEmpty()).isTrue();
        }
        assertThat(usernames(realm)).containsExactly("service-account-notification-service");

        JsonNode account = user(realm, "service-account-notification-service");
        assertThat(account.path("serviceAccountClientId").asString()).isEqualTo("notification-service");
        assertThat(account.path("clientRoles"))
                .isEqualTo(user(demo, "service-account-notification-service").path("clientRoles"));
        assertThat(strings(account.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("view-users", "query-users");
        assertThat(account.path("realmRoles").isMissingNode() || account.path("realmRoles").isEmpty()).isTrue();
    }

    @Test
    void noClientAllowsThePasswordGrantOrTheImplicitFlowAndThereIsNoCliClient() {
        assertThat(clientIds(realm)).containsExactlyInAnyOrder("gateway", "notification-service", "admin-cli")
                .doesNotContain("cli");
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asString();
            // stated, not left to Keycloak's defaults
            assertThat(client.path("directAccessGrantsEnabled").isBoolean()).as(id).isTrue();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean()).as(id).isFalse();
        }
    }

    @Test
    void adminCliIsDeclaredWithoutAnyGrantSoThatNoPasswordSkipsTheOneTimeCode() {
        // left out, Keycloak would create it with the password grant on
        JsonNode adminCli = client(realm, "admin-cli");
        assertThat(adminCli.path("publicClient").asBoolean()).isTrue();
        assertThat(adminCli.path("standardFlowEnabled").isBoolean()).isTrue();
        assertThat(adminCli.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(adminCli.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(adminCli.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        for (String confidential : List.of("gateway", "notification-service")) {
            assertThat(client(realm, confidential).path("publicClient").asBoolean()).as(confidential).isFalse();
        }
    }

    @Test
    void gatewayIsConfidentialWithTheAuthorizationCodeFlowAndPkceOnly() {
        JsonNode gateway = client(realm, "gateway");
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(gateway.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(strings(gateway.path("redirectUris")))
                .containsExactly("${GATEWAY_PUBLIC_URL}/login/oauth2/code/keycloak");
        assertThat(gateway.path("attributes").path("post.logout.redirect.uris").asString())
                .isEqualTo("${GATEWAY_PUBLIC_URL}/");
        assertThat(strings(gateway.path("webOrigins"))).containsExactly("${GATEWAY_PUBLIC_URL}");

        JsonNode notification = client(realm, "notification-service");
        assertThat(notification.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(notification.path("standardFlowEnabled").asBoolean()).isFalse();
    }

    @Test
    void noRedirectUriPostLogoutUriOrWebOriginHasAWildcard() {
        for (JsonNode client : realm.path("clients")) {
            List<String> uris = new ArrayList<>(strings(client.path("redirectUris")));
            uris.addAll(strings(client.path("webOrigins")));
            String postLogout = client.path("attributes").path("post.logout.redirect.uris").asString();
            if (!postLogout.isEmpty()) {
                uris.addAll(List.of(postLogout.split("##")));
            }
            uris.add(client.path("rootUrl").asString());
            uris.add(client.path("baseUrl").asString());
            assertThat(uris).as(client.path("clientId").asString()).noneMatch(uri -> uri.contains("*"));
        }
    }

    @Test
    void clientSecretsAndTheSmtpPasswordComeFromTheEnvironment() {
        assertThat(client(realm, "gateway").path("secret").asString()).isEqualTo("${GATEWAY_CLIENT_SECRET}");
        assertThat(client(realm, "notification-service").path("secret").asString())
                .isEqualTo("${NOTIFICATION_SERVICE_CLIENT_SECRET}");
        for (JsonNode client : realm.path("clients")) {
            if (!client.path("publicClient").asBoolean()) {
                assertThat(client.path("secret").asString()).as(client.path("clientId").asString())
                        .matches(WHOLE_PLACEHOLDER);
            }
        }
        JsonNode smtp = realm.path("smtpServer");
        for (String key : List.of("host", "port", "from", "auth", "user", "password", "starttls")) {
            assertThat(smtp.path(key).asString()).as("smtpServer." + key).matches(WHOLE_PLACEHOLDER);
        }
        assertThat(smtp.path("password").asString()).isEqualTo("${MAIL_PASSWORD}");
    }

    @Test
    void accessTokensCarryTheSameClaimsAsInTheDemoRealm() {
        JsonNode mappers = client(realm, "gateway").path("protocolMappers");
        assertThat(mappers).isEqualTo(client(demo, "gateway").path("protocolMappers"));

        Map<String, JsonNode> byClaim = new HashMap<>();
        for (JsonNode mapper : mappers) {
            assertThat(mapper.path("config").path("access.token.claim").asString()).isEqualTo("true");
            byClaim.put(mapper.path("protocolMapper").asString().equals("oidc-audience-mapper")
                    ? "aud"
                    : mapper.path("config").path("claim.name").asString(), mapper);
        }
        assertThat(byClaim).containsKeys("roles", "communes", "venue_id", "territory", "aud");
        assertThat(byClaim.get("roles").path("protocolMapper").asString())
                .isEqualTo("oidc-usermodel-realm-role-mapper");
        assertThat(byClaim.get("communes").path("config").path("multivalued").asString()).isEqualTo("true");
        assertThat(byClaim.get("aud").path("config").path("included.client.audience").asString())
                .isEqualTo("gateway");
    }

    @Test
    void signInIsHardened() {
        assertThat(realm.path("sslRequired").asString()).isEqualTo("external");
        assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
        assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
        assertThat(realm.path("editUsernameAllowed").asBoolean()).isFalse();
        assertThat(realm.path("accessTokenLifespan").asInt()).isBetween(60, 300);

        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(realm.path("waitIncrementSeconds").asInt()).isPositive();
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isBetween(60, 3600);

        String policy = realm.path("passwordPolicy").asString();
        Matcher length = Pattern.compile("(?<![A-Za-z])length\\((\\d+)\\)").matcher(policy);
        assertThat(length.find()).as(policy).isTrue();
        assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
        assertThat(policy).contains("notUsername", "notEmail", "passwordHistory(");

        assertThat(realm.path("otpPolicyType").asString()).isEqualTo("totp");
        assertThat(realm.path("otpPolicyDigits").asInt()).isEqualTo(6);
        assertThat(realm.path("otpPolicyPeriod").asInt()).isEqualTo(30);
    }

    @Test
    void speaksFrenchOnlyWithKeycloaksOwnLoginTheme() {
        assertThat(realm.path("defaultLocale").asString()).isEqualTo("fr");
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(strings(realm.path("supportedLocales"))).containsExactly("fr");
        assertThat(realm.path("loginTheme").isMissingNode()).isTrue();
    }

    @Test
    void browserFlowAsksCoordinatorsAndAdminsForAOneTimeCodeAfterTheirPassword() {
        JsonNode forms = formsSubflow();
        JsonNode first = sortedExecutions(forms).getFirst();
        assertThat(first.path("authenticator").asString()).isEqualTo("auth-username-password-form");
        assertThat(first.path("requirement").asString()).isEqualTo("REQUIRED");

        for (String role : List.of("coordinator", "admin")) {
            boolean found = false;
            for (JsonNode execution : forms.path("authenticationExecutions")) {
                if (!execution.path("authenticatorFlow").asBoolean()
                        || !execution.path("requirement").asString().equals("CONDITIONAL")) {
                    continue;
                }
                JsonNode subflow = flow(execution.path("flowAlias").asString());
                boolean roleCondition = false;
                boolean otpRequired = false;
                for (JsonNode step : subflow.path("authenticationExecutions")) {
                    if (step.path("authenticator").asString().equals("conditional-user-role")) {
                        JsonNode config = authenticatorConfig(step.path("authenticatorConfig").asString());
                        roleCondition |= config.path("condUserRole").asString().equals(role)
                                && !config.path("negate").asString().equals("true");
                    }
                    otpRequired |= step.path("authenticator").asString().equals("auth-otp-form")
                            && step.path("requirement").asString().equals("REQUIRED");
                }
                found |= roleCondition && otpRequired;
            }
            assertThat(found).as("a conditional subflow requiring OTP for " + role).isTrue();
        }
    }

    @Test
    void eachUserIsAskedForAOneTimeCodeOnceAtMostAndOnlyWhenRequiredOrChosen() {
        JsonNode forms = formsSubflow();
        assertThat(otpPrompts(forms, Set.of("coordinator"), false)).isEqualTo(1);
        assertThat(otpPrompts(forms, Set.of("admin"), false)).isEqualTo(1);
        assertThat(otpPrompts(forms, Set.of("coordinator", "admin"), true)).isEqualTo(1);
        assertThat(otpPrompts(forms, Set.of("secretary"), false)).isZero();
        assertThat(otpPrompts(forms, Set.of("venue_staff"), false)).isZero();
        // someone who set up a code of their own accord is asked for it
        assertThat(otpPrompts(forms, Set.of("secretary"), true)).isEqualTo(1);
    }

    @Test
    void everyFlowAndConfigTheRealmReferencesIsDeclared() {
        Set<String> configs = new TreeSet<>();
        realm.path("authenticatorConfig").forEach(config -> configs.add(config.path("alias").asString()));
        for (JsonNode flow : realm.path("authenticationFlows")) {
            for (JsonNode execution : flow.path("authenticationExecutions")) {
                if (execution.path("authenticatorFlow").asBoolean()) {
                    assertThat(flow(execution.path("flowAlias").asString())).isNotNull();
                }
                if (execution.has("authenticatorConfig")) {
                    assertThat(configs).contains(execution.path("authenticatorConfig").asString());
                }
            }
        }
    }

    private static int otpPrompts(JsonNode forms, Set<String> roles, boolean hasOtp) {
        int prompts = 0;
        for (JsonNode execution : forms.path("authenticationExecutions")) {
            if (!execution.path("authenticatorFlow").asBoolean()
                    || !execution.path("requirement").asString().equals("CONDITIONAL")) {
                continue;
            }
            boolean conditionsHold = true;
            int otpForms = 0;
            for (JsonNode step : flow(execution.path("flowAlias").asString()).path("authenticationExecutions")) {
                switch (step.path("authenticator").asString()) {
                    case "conditional-user-role" -> {
                        JsonNode config = authenticatorConfig(step.path("authenticatorConfig").asString());
                        boolean has = roles.contains(config.path("condUserRole").asString());
                        conditionsHold &= config.path("negate").asString().equals("true") != has;
                    }
                    case "conditional-user-configured" -> conditionsHold &= hasOtp;
                    case "auth-otp-form" -> otpForms++;
                    default -> throw new AssertionError("unexpected step " + step);
                }
            }
            if (conditionsHold) {
                prompts += otpForms;
            }
        }
        return prompts;
    }

    /** The browser flow's one subflow (the username/password form and what follows it). */
    private static JsonNode formsSubflow() {
        JsonNode top = flow(realm.path("browserFlow").asString());
        assertThat(top.path("topLevel").asBoolean()).isTrue();
        assertThat(top.path("builtIn").asBoolean()).isFalse();
        List<JsonNode> subflows = new ArrayList<>();
        top.path("authenticationExecutions").forEach(execution -> {
            if (execution.path("authenticatorFlow").asBoolean()) {
                subflows.add(flow(execution.path("flowAlias").asString()));
            }
        });
        assertThat(subflows).as("subflows of the browser flow").hasSize(1);
        return subflows.getFirst();
    }

    private static JsonNode readRealm(String resource) throws IOException {
        try (InputStream in = ProductionRealmTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static JsonNode profile(JsonNode realm) {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        assertThat(provider).isNotNull();
        return JsonMapper.builder().build()
                .readTree(provider.path("config").path("kc.user.profile.config").get(0).asString());
    }

    private static JsonNode flow(String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (flow.path("alias").asString().equals(alias)) {
                return flow;
            }
        }
        throw new AssertionError("no authentication flow " + alias);
    }

    private static List<JsonNode> sortedExecutions(JsonNode flow) {
        List<JsonNode> executions = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(executions::add);
        executions.sort((a, b) -> Integer.compare(a.path("priority").asInt(), b.path("priority").asInt()));
        return executions;
    }

    private static JsonNode authenticatorConfig(String alias) {
        for (JsonNode config : realm.path("authenticatorConfig")) {
            if (config.path("alias").asString().equals(alias)) {
                return config.path("config");
            }
        }
        throw new AssertionError("no authenticator config " + alias);
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode user(JsonNode realm, String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asString().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(client -> ids.add(client.path("clientId").asString()));
        return ids;
    }

    private static List<String> usernames(JsonNode realm) {
        List<String> names = new ArrayList<>();
        realm.path("users").forEach(user -> names.add(user.path("username").asString()));
        return names;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path("name").asString()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
