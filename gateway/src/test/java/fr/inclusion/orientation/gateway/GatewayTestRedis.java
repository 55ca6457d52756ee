package fr.inclusion.orientation.gateway;

import org.springframework.test.context.DynamicPropertyRegistry;

import fr.inclusion.orientation.testsupport.TestInfrastructure;

/** Points a gateway under test at the shared real Redis (sessions, rate-limit buckets). */
final class GatewayTestRedis {

    private GatewayTestRedis() {
    }

    static void register(DynamicPropertyRegistry registry) {
        String[] address = TestInfrastructure.redisAddress().split(":");
        registry.add("spring.data.redis.host", () -> address[0]);
        registry.add("spring.data.redis.port", () -> address[1]);
    }
}
