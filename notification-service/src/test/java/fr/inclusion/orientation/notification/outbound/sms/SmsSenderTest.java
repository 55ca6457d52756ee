package fr.inclusion.orientation.notification.outbound.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.SendFailureException;
import io.micrometer.observation.ObservationRegistry;

/** The SMS adapter against a WireMock standing in for the provider's HTTP API on 127.0.0.1. */
class SmsSenderTest {

    private static WireMockServer provider;

    @BeforeAll
    static void start() {
        provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        provider.start();
    }

    @AfterAll
    static void stop() {
        provider.stop();
    }

    @BeforeEach
    void reset() {
        provider.resetAll();
    }

    @Test
    void smsIsPostedAsJsonWithTheBearerKey() throws Exception {
        provider.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(202)));

        sender(true).send(sms("+33 6 39 98 00 01"));

        provider.verify(1, postRequestedFor(urlEqualTo("/sms"))
                .withHeader("Authorization", equalTo("Bearer cle-de-test"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"to\":\"+33639980001\",\"text\":\"Orientation acceptée : Aide aux démarches\"}")));
    }

    @Test
    void serverErrorIsWorthRetrying() {
        provider.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(500).withBody("+33639980001 KO")));

        SendFailureException failure = catchThrowableOfType(SendFailureException.class, () -> sender(true).send(sms("+33639980001")));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).isEqualTo("Fournisseur SMS : HTTP 500").doesNotContain("33639980001");
    }

    @Test
    void refusedRequestIsNotRetried() {
        provider.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(400)));

        SendFailureException failure = catchThrowableOfType(SendFailureException.class, () -> sender(true).send(sms("+33639980001")));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).startsWith("Fournisseur SMS : HTTP 400");
    }

    @Test
    void tooManyRequestsIsRetried() {
        provider.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(429)));

        assertThat(catchThrowableOfType(SendFailureException.class, () -> sender(true).send(sms("+33639980001"))).permanent())
                .isFalse();
    }

    @Test
    void slowProviderTimesOut() {
        provider.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200).withFixedDelay(2000)));

        SendFailureException failure = catchThrowableOfType(SendFailureException.class, () -> sender(true).send(sms("+33639980001")));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).isEqualTo("Fournisseur SMS : délai dépassé");
    }

    @Test
    void unreachableProviderIsWorthRetrying() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmsSender sender = new SmsSender(new SmsProperties(true, URI.create("http://127.0.0.1:" + closedPort + "/sms"),
                "k", Duration.ofSeconds(1), Duration.ofSeconds(1)), ObservationRegistry.NOOP);

        SendFailureException failure = catchThrowableOfType(SendFailureException.class, () -> sender.send(sms("+33639980001")));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).isEqualTo("Fournisseur SMS injoignable");
    }

    @Test
    void numberOutsideTheInternationalFormatIsRefusedWithoutCallingTheProvider() {
        assertThatThrownBy(() -> sender(true).send(sms("06 39 98 00 01")))
                .isInstanceOfSatisfying(SendFailureException.class, f -> assertThat(f.permanent()).isTrue());
        assertThat(provider.getAllServeEvents()).isEmpty();
    }

    @Test
    void offByDefault() {
        assertThat(sender(false).enabled()).isFalse();
        assertThat(sender(false).disabledReason()).isEqualTo("SMS désactivé");
    }

    private static SmsSender sender(boolean enabled) {
        return new SmsSender(new SmsProperties(enabled, URI.create("http://127.0.0.1:" + provider.port() + "/sms"), "cle-de-test",
                Duration.ofSeconds(1), Duration.ofMillis(500)), ObservationRegistry.NOOP);
    }

    private static OutboundMessage sms(String to) {
        return new OutboundMessage("evt:user:SMS", Channel.SMS, to, null, "Orientation acceptée : Aide aux démarches",
                null, "ref-1", Instant.now());
    }
}
