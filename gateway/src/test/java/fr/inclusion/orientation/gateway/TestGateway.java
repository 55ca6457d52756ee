package fr.inclusion.orientation.gateway;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;

/** How a gateway under test is wired: the shared real Redis, services at a recording downstream, test tokens. */
final class TestGateway {

    private TestGateway() {
    }

    /** Trusts the tokens minted by {@link TestJwts} instead of Keycloak's keys. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TrustTestTokens {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            return TestJwts.reactiveDecoder();
        }
    }

    /** Sessions and rate-limit buckets in the shared Redis. */
    static void redis(DynamicPropertyRegistry registry) {
        String[] address = TestInfrastructure.redisAddress().split(":");
        registry.add("spring.data.redis.host", () -> address[0]);
        registry.add("spring.data.redis.port", () -> address[1]);
    }

    /** Every service, and Keycloak's token endpoint, answered by {@code downstream}; Redis as above. */
    static void wire(DynamicPropertyRegistry registry, RecordingDownstream downstream) {
        for (String[] property : properties(downstream)) {
            registry.add(property[0], () -> property[1]);
        }
        redis(registry);
    }

    /** The same as {@link #wire} as {@code name=value} pairs, for a second instance started by hand. */
    static String[] asArguments(RecordingDownstream downstream) {
        String[] address = TestInfrastructure.redisAddress().split(":");
        java.util.List<String> arguments = new java.util.ArrayList<>();
        for (String[] property : properties(downstream)) {
            arguments.add(property[0] + "=" + property[1]);
        }
        // default properties give way to application.yml, which reads these variables
        arguments.add("REDIS_HOST=" + address[0]);
        arguments.add("REDIS_PORT=" + address[1]);
        return arguments.toArray(String[]::new);
    }

    private static String[][] properties(RecordingDownstream downstream) {
        return new String[][] {
            {"VENUE_SERVICE_URL", downstream.url()},
            {"REFERRAL_SERVICE_URL", downstream.url()},
            {"NOTIFICATION_SERVICE_URL", downstream.url()},
            {"WEB_URL", downstream.url()},
            {"OIDC_TOKEN_URI", downstream.url() + "/token"}
        };
    }
}
