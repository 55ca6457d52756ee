package fr.inclusion.orientation.gateway;

import java.util.Optional;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.inclusion.orientation.testsupport.HostileCalls;
import fr.inclusion.orientation.testsupport.HostileInput;
import fr.inclusion.orientation.testsupport.HostileInput.Body;
import fr.inclusion.orientation.testsupport.HostileInput.Headers;
import fr.inclusion.orientation.testsupport.TestCallers;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * A sample of write paths through the gateway with hostile bodies, headers and path values, bearer tokens of roles
 * allowed to call them: whatever the gateway answers itself (a refusal, a limit, a fallback) is never a 5xx and, as
 * an error, problem+json in French ({@link HostileCalls}). The services behind it are the recording downstream, which
 * answers 200: the services' own answers are fuzzed in their modules.
 */
class HostileInputFuzzTest {

    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", TestCallers.COMMUNE);
    private static final String ADMIN = TestJwts.admin("admin");
    private static final String REFERRAL = """
            {"venueId":"venue-1","need":"Aide aux démarches administratives",
             "resident":{"firstName":"Fuzz","contact":{"channel":"phone","value":"06 12 34 56 78"},"commune":"55427"},
             "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}""";

    private static RecordingDownstream downstream;
    private static ConfigurableApplicationContext gateway;
    private static HostileCalls calls;

    @BeforeContainer
    static void start() {
        downstream = RecordingDownstream.start();
        gateway = new SpringApplicationBuilder(GatewayApplication.class, TestGateway.TrustTestTokens.class)
                .properties("server.port=0")
                .properties(TestGateway.asArguments(downstream))
                .run();
        calls = HostileCalls.at("http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port"));
    }

    @AfterContainer
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (downstream != null) {
            downstream.close();
        }
    }

    @Property(tries = 60)
    void sendAReferral(@ForAll("referrals") Body body, @ForAll("headers") Headers headers) {
        calls.check("POST", "/api/referrals", SECRETARY, body, headers);
    }

    @Property(tries = 50)
    void acceptAReferral(@ForAll("ids") String id, @ForAll("anyBody") Body body, @ForAll("headers") Headers headers) {
        calls.check("POST", "/api/referrals/" + HostileCalls.segment(id) + "/accept", ADMIN, body, headers);
    }

    @Property(tries = 50)
    void editAVenue(@ForAll("ids") String id, @ForAll("anyBody") Body body, @ForAll("headers") Headers headers) {
        calls.check("PUT", "/api/venues/" + HostileCalls.segment(id), ADMIN, body, headers);
    }

    @Property(tries = 40)
    void setPreferences(@ForAll("anyBody") Body body, @ForAll("headers") Headers headers) {
        calls.check("PUT", "/api/notification-preferences", SECRETARY, body, headers);
    }

    @Provide
    Arbitrary<Body> referrals() {
        return HostileInput.bodiesLike(REFERRAL);
    }

    @Provide
    Arbitrary<Body> anyBody() {
        return HostileInput.anyBody();
    }

    @Provide
    Arbitrary<String> ids() {
        return HostileInput.pathValues();
    }

    @Provide
    Arbitrary<Headers> headers() {
        return Arbitraries.oneOf(HostileInput.headers(), HostileInput.headers()
                .map(headers -> new Headers(headers.accept(), Optional.of(UUID.randomUUID().toString()))));
    }
}
