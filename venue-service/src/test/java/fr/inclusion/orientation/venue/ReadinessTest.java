package fr.inclusion.orientation.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.RealInfrastructure;

/**
 * venue-service is not ready for requests while its store does not answer: the readiness probe includes the store's
 * health (what a stopped store does to it is tested in service-support's and referral-service's StoreOutageTest).
 * Same configuration as the service's main test, so the same context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orientation.demo-data.enabled=true")
@RealInfrastructure
class ReadinessTest {

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpointGroups groups;

    @Test
    void readinessIncludesTheStore() throws Exception {
        assertThat(groups.get("readiness").isMember("mongo")).isTrue();

        HttpResponse<String> readiness = TestHttp.onPort(port).get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }
}
