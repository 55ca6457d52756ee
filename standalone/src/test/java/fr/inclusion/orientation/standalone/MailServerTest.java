package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MailServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void capturedEmailIsListedAsJsonAndAsText() throws Exception {
        try (MailServer server = MailServer.start(0, 0)) {
            assertThat(get(server, "/health").body()).contains("\"status\":\"UP\"");
            assertThat(get(server, "/messages.txt").body()).startsWith("Aucun e-mail reçu");

            send(server.smtpPort(), "lieu.mediatheque@demo.orientation-numerique.fr",
                    "Nouvelle orientation reçue : Médiathèque",
                    "Bonjour,\n\nUne orientation « Aide aux démarches administratives » vous attend.\n\nSuite.\nFin.\nAu-delà.",
                    "<p>Bonjour,</p>");

            HttpResponse<String> json = get(server, "/messages");
            assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                    ct -> assertThat(ct).startsWith("application/json"));
            JsonNode messages = JsonMapper.builder().build().readTree(json.body());
            assertThat(messages).hasSize(1);
            JsonNode message = messages.get(0);
            assertThat(message.get("subject").asString()).isEqualTo("Nouvelle orientation reçue : Médiathèque");
            assertThat(message.get("to").get(0).asString()).isEqualTo("lieu.mediatheque@demo.orientation-numerique.fr");
            assertThat(message.get("from").asString()).contains("Orientation numérique")
                    .contains("ne-pas-repondre@orientation-numerique.fr");
            assertThat(message.get("text").asString()).contains("« Aide aux démarches administratives »");
            assertThat(message.get("html").asString()).isEqualTo("<p>Bonjour,</p>");
            assertThat(message.get("date").isNull()).isFalse();

            String text = get(server, "/messages.txt").body();
            assertThat(text).contains("1 e-mail(s) reçu(s)")
                    .contains("à lieu.mediatheque@demo.orientation-numerique.fr")
                    .contains("Objet : Nouvelle orientation reçue : Médiathèque")
                    .contains("| Une orientation « Aide aux démarches administratives » vous attend.")
                    .contains("| Fin.").doesNotContain("Au-delà");
        }
    }

    @Test
    void textListingShowsTheLastMessagesAndDeleteForgetsThemAll() throws Exception {
        try (MailServer server = MailServer.start(0, 0)) {
            for (int i = 1; i <= 3; i++) {
                send(server.smtpPort(), "agent" + i + "@demo.orientation-numerique.fr", "Rappel " + i, "Texte " + i,
                        null);
            }

            String lastTwo = get(server, "/messages.txt?limit=2").body();
            assertThat(lastTwo).contains("3 e-mail(s) reçu(s), les 2 derniers").contains("Rappel 3")
                    .contains("Rappel 2").doesNotContain("Rappel 1");

            HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(api(server, "/messages")).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(deleted.statusCode()).isEqualTo(204);
            assertThat(get(server, "/messages").body()).isEqualTo("[]");
            assertThat(get(server, "/nothing-here").statusCode()).isEqualTo(404);
        }
    }

    private static void send(int port, String to, String subject, String text, String html) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("ne-pas-repondre@orientation-numerique.fr", "Orientation numérique",
                StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new java.util.Date());
        if (html == null) {
            message.setText(text, StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(rich);
            message.setContent(alternative);
        }
        Transport.send(message);
    }

    private HttpResponse<String> get(MailServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(api(server, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI api(MailServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.apiPort() + path);
    }
}
