package fr.inclusion.orientation.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class OperationsTest extends RunningReferralService {

    @Test
    void healthAndReadinessAreUpWithoutToken() {
        HttpResponse<String> health = get("/actuator/health", null);
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("UP");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
    }

    @Test
    void metricsAndApiDescriptionAreExposed() {
        HttpResponse<String> metrics = get("/actuator/prometheus", null);
        HttpResponse<String> apiDocs = get("/v3/api-docs", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes")
                .contains("orientation_outbox_parked{collection=\"referrals\"}");
        assertThat(apiDocs.statusCode()).as(apiDocs.body()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("/api/referrals").contains("/api/referrals/{id}/accept");
    }
}
