package fr.inclusion.orientation.notification.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import fr.inclusion.orientation.notification.outbound.application.OutboundSender;
import fr.inclusion.orientation.notification.outbound.domain.ChannelSender;
import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.notification.outbound.domain.DeliveryStatus;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;
import fr.inclusion.orientation.notification.outbound.domain.RetryPolicy;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole sending side with real servers on 127.0.0.1: GreenMail as the SMTP server, a WireMock as the SMS
 * provider and as Keycloak's HTTP API, the shared store, and the service's own sending loop with a shrunk backoff
 * (200 ms, ×2, 3 attempts). Every test uses its own recipients and ids, so no test sees another's messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.outbound.retry.initial-delay=200ms",
        "notification.outbound.retry.multiplier=2",
        "notification.outbound.retry.max-attempts=3",
        "notification.outbound.sender.poll-interval=100ms",
        "notification.sms.enabled=true",
        "notification.sms.api-key=cle-sms-de-test",
        "notification.directory.client-secret=secret-de-test",
        "notification.directory.retry.wait-duration=20ms" })
@RealInfrastructure
class OutboundSendingTest {

    private static final int SMTP_PORT = freePort();
    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RESIDENT_FIRST_NAME = "Jeanne";
    private static final String RESIDENT_PHONE = "+33600000000";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    static final WireMockServer http = started(new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("notification.sms.url", () -> "http://127.0.0.1:" + http.port() + "/sms");
        registry.add("notification.directory.url", () -> "http://127.0.0.1:" + http.port());
    }

    @AfterAll
    static void stopHttp() {
        http.stop();
    }

    @Autowired
    OutboundDispatch dispatch;
    @Autowired
    OutboundMessages messages;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    List<ChannelSender> channels;
    @Autowired
    RetryPolicy policy;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void emailIsMultipartAlternativeUtf8WithAFrenchSubjectFromTheServiceAddress() throws Exception {
        String to = newAddress();
        OutboundMessage message = email(to, "Nouvelle orientation reçue : Médiathèque de Revigny-sur-Ornain");

        dispatch.enqueue(message);

        MimeMessage received = awaitOne(to);
        assertThat(received.getSubject()).isEqualTo("Nouvelle orientation reçue : Médiathèque de Revigny-sur-Ornain");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n").strip()).isEqualTo(message.text());
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(1).getContent().toString()).contains("<strong>Aide aux démarches administratives</strong>");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Orientation numérique");
        assertThat(from.getAddress()).isEqualTo("ne-pas-repondre@orientation-numerique.fr");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received.getMessageID()).endsWith("@orientation-numerique.fr>").doesNotContain(to);
        assertThat(raw(received)).doesNotContain(RESIDENT_FIRST_NAME).doesNotContain(RESIDENT_PHONE);

        Delivery stored = awaitStatus(message.id(), DeliveryStatus.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isNotNull();
    }

    @Test
    void sameMessageEnqueuedTwiceIsSentOnce() throws Exception {
        String to = newAddress();
        OutboundMessage message = email(to, "Orientation acceptée");

        dispatch.enqueue(message);
        dispatch.enqueue(message);

        awaitStatus(message.id(), DeliveryStatus.SENT);
        dispatch.enqueue(message);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> received(to).size() == 1);
    }

    @Test
    void smtpDownMessageIsRetriedThenParkedAndItsReplaySendsItExactlyOnce() throws Exception {
        String to = newAddress();
        OutboundMessage message = email(to, "Orientation refusée");
        smtp.stop();
        Delivery parked;
        try {
            dispatch.enqueue(message);

            parked = awaitStatus(message.id(), DeliveryStatus.PARKED);
        } finally {
            smtp.start();
        }
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.lastError()).isEqualTo("Serveur SMTP injoignable (connexion refusée)");

        JsonNode list = json(send("GET", "/api/outbound/parked?size=100", TestJwts.admin("admin"), 200));
        JsonNode item = find(list.get("items"), message.id());
        assertThat(item.get("status").asString()).isEqualTo("parked");
        assertThat(item.get("channel").asString()).isEqualTo("email");
        assertThat(item.get("attempts").asInt()).isEqualTo(3);
        assertThat(item.get("recipient").asString()).endsWith("@demo.orientation-numerique.fr")
                .doesNotContain(to.substring(1, to.indexOf('@')));
        assertThat(item.toString()).doesNotContain(message.text());
        assertThat(received(to)).as("nothing got through while the server was down").isEmpty();

        JsonNode replayed = json(send("POST", "/api/outbound/parked/" + message.id() + "/replay",
                TestJwts.admin("admin"), 200));
        assertThat(replayed.get("status").asString()).isEqualTo("pending");
        assertThat(replayed.get("attempts").asInt()).isZero();

        awaitOne(to);
        Delivery sent = awaitStatus(message.id(), DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> received(to).size() == 1);

        HttpResponse<String> again = send("POST", "/api/outbound/parked/" + message.id() + "/replay",
                TestJwts.admin("admin"), 409);
        assertProblem(again);
        assertThat(again.body()).contains("Relance impossible").contains("envoyé");
        assertThat(find(json(send("GET", "/api/outbound/parked?size=100", TestJwts.admin("admin"), 200))
                .get("items"), message.id())).isNull();
    }

    @Test
    void twoSenderInstancesSendEveryMessageExactlyOnce() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        int count = 40;
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String to = "lot-" + batch + "-" + i + "@demo.orientation-numerique.fr";
            recipients.add(to);
            dispatch.enqueue(email(to, "Rappel : orientation en attente"));
        }
        // two more instances on the same store, racing each other and this service's own sending loop
        List<OutboundSender> instances = List.of(
                new OutboundSender(messages, channels, policy, Clock.systemUTC(), "instance-a", Duration.ofMinutes(2),
                        meters),
                new OutboundSender(messages, channels, policy, Clock.systemUTC(), "instance-b", Duration.ofMinutes(2),
                        meters));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (OutboundSender instance : instances) {
                running.add(pool.submit(() -> {
                    while (instance.sendDue(5) > 0) {
                        // until nothing is due
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        await().atMost(DELIVERY).until(() -> recipients.stream().allMatch(to -> !received(to).isEmpty()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> recipients.stream().allMatch(to -> received(to).size() == 1));
        Set<String> messageIds = new HashSet<>();
        for (String to : recipients) {
            messageIds.add(received(to).getFirst().getMessageID());
        }
        assertThat(messageIds).hasSize(count);
    }

    @Test
    void smsIsPostedToTheProviderWithItsKey() {
        String marker = UUID.randomUUID().toString();
        http.stubFor(post(urlEqualTo("/sms")).withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"sms-1\"}")));
        OutboundMessage message = sms(marker);

        dispatch.enqueue(message);

        awaitStatus(message.id(), DeliveryStatus.SENT);
        http.verify(1, postRequestedFor(urlEqualTo("/sms"))
                .withHeader("Authorization", equalTo("Bearer cle-sms-de-test"))
                .withRequestBody(containing("\"to\":\"+33639980001\""))
                .withRequestBody(containing(marker)));
    }

    @Test
    void smsProviderFailingIsRetriedThenParked() {
        String marker = UUID.randomUUID().toString();
        http.stubFor(post(urlEqualTo("/sms")).withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(500)));
        OutboundMessage message = sms(marker);

        dispatch.enqueue(message);

        Delivery parked = awaitStatus(message.id(), DeliveryStatus.PARKED);
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.lastError()).isEqualTo("Fournisseur SMS : HTTP 500");
        http.verify(3, postRequestedFor(urlEqualTo("/sms")).withRequestBody(containing(marker)));
    }

    @Test
    void directoryReadsKeycloakWithTheConfiguredServiceAccount() {
        String venue = "venue-" + UUID.randomUUID();
        http.stubFor(post(urlEqualTo("/realms/orientation/protocol/openid-connect/token"))
                .withRequestBody(containing("client_secret=secret-de-test"))
                .willReturn(okJson("{\"access_token\":\"jeton\",\"expires_in\":300}")));
        http.stubFor(get(urlPathEqualTo("/admin/realms/orientation/users"))
                .withQueryParam("q", equalTo("venue_id:" + venue))
                .willReturn(okJson("""
                        [{"id":"u-1","username":"agent","firstName":"Julien","lastName":"Petit",
                          "email":"agent@demo.orientation-numerique.fr","enabled":true,
                          "attributes":{"venue_id":["%s"],"phone_number":["+33639980003"]}}]""".formatted(venue))));

        assertThat(directory.venueStaff(venue)).containsExactly(new Contact("u-1", "Julien Petit",
                "agent@demo.orientation-numerique.fr", "+33639980003"));
    }

    @Test
    void parkedMessagesAreForAdminsOnlyAndBadRequestsAreProblems() throws Exception {
        assertProblem(send("GET", "/api/outbound/parked", null, 401));
        assertProblem(send("POST", "/api/outbound/parked/x/replay", null, 401));
        assertProblem(send("GET", "/api/outbound/parked", TestJwts.secretary("secretaire.revigny", "55427"), 403));
        assertProblem(send("POST", "/api/outbound/parked/x/replay",
                TestJwts.coordinator("coord.meuse", "55"), 403));

        HttpResponse<String> unknown = send("POST", "/api/outbound/parked/" + UUID.randomUUID() + "/replay",
                TestJwts.admin("admin"), 404);
        assertProblem(unknown);
        assertThat(unknown.body()).contains("outbound-message-not-found").contains("Message introuvable");
        HttpResponse<String> badSize = send("GET", "/api/outbound/parked?size=0", TestJwts.admin("admin"), 400);
        assertProblem(badSize);
        assertThat(badSize.body()).contains("\"field\"");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static OutboundMessage email(String to, String subject) {
        String id = UUID.randomUUID() + ":" + UUID.randomUUID() + ":EMAIL";
        return new OutboundMessage(id, Channel.EMAIL, to, subject,
                "Bonjour,\n\nUne orientation « Aide aux démarches administratives » venant de Revigny-sur-Ornain "
                        + "vous attend.\nhttp://127.0.0.1:8080/orientations/ref-1",
                "<p>Bonjour,</p><p>Une orientation « <strong>Aide aux démarches administratives</strong> » venant "
                        + "de Revigny-sur-Ornain vous attend.</p>",
                "ref-1", Instant.now());
    }

    private static OutboundMessage sms(String marker) {
        return new OutboundMessage(UUID.randomUUID() + ":u-1:SMS", Channel.SMS, "+33639980001", null,
                "Orientation numérique : nouvelle orientation reçue (" + marker + ")", null, "ref-1", Instant.now());
    }

    private static String newAddress() {
        return "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.orientation-numerique.fr";
    }

    private Delivery awaitStatus(String id, DeliveryStatus status) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(50))
                .until(() -> messages.find(id).map(Delivery::status).orElse(null) == status);
        return messages.find(id).orElseThrow();
    }

    private static MimeMessage awaitOne(String to) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(50)).until(() -> !received(to).isEmpty());
        List<MimeMessage> received = received(to);
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    private static List<MimeMessage> received(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] recipients = m.getAllRecipients();
                return recipients != null && Arrays.stream(recipients)
                        .anyMatch(a -> to.equalsIgnoreCase(((InternetAddress) a).getAddress()));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String raw(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String path, String token, int expectedStatus)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        return null;
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode())
                .contains("https://orientation-numerique.fr/problems/");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WireMockServer started(WireMockServer server) {
        server.start();
        return server;
    }
}
