package fr.inclusion.orientation.standalone;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The standalone mail server: GreenMail's SMTP server captures every e-mail the services send (nothing is relayed
 * anywhere), and a small HTTP API shows what it received. Messages are kept in memory until the server stops.
 *
 * <p>Usage: {@code MailServer <smtp-port> <api-port>}, both on 127.0.0.1 only (0 = any free port). API:
 * {@code GET /health} ({@code {"status":"UP"}}), {@code GET /messages} (JSON, oldest first: date, from, to, subject,
 * text, html), {@code GET /messages.txt?limit=N} (the last N as text, what {@code ./orientation mail} prints),
 * {@code DELETE /messages} (forget them all).
 */
public final class MailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final int TEXT_LINES = 4;
    private static final int LINE_WIDTH = 120;

    private final GreenMail smtp;
    private final HttpServer api;

    private MailServer(int smtpPort, int apiPort) throws IOException {
        ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        this.smtp = new GreenMail(smtpPort == 0 ? setup.dynamicPort() : setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        this.api = HttpServer.create(new InetSocketAddress("127.0.0.1", apiPort), 16);
        api.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "mail-api")));
        api.createContext("/", this::handle);
        api.start();
    }

    /** Starts the SMTP server and the API on 127.0.0.1. */
    public static MailServer start(int smtpPort, int apiPort) throws IOException {
        return new MailServer(smtpPort, apiPort);
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    public int apiPort() {
        return api.getAddress().getPort();
    }

    /** What was received, oldest first. */
    public List<Received> received() {
        List<Received> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            messages.add(Received.of(message));
        }
        messages.sort(Comparator.comparing(Received::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return messages;
    }

    @Override
    public void close() {
        api.stop(0);
        smtp.stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            switch (uri.getPath()) {
                case "/health" -> respond(exchange, 200, "application/json", "{\"status\":\"UP\"}");
                case "/messages" -> {
                    if ("DELETE".equals(method)) {
                        smtp.purgeEmailFromAllMailboxes();
                        respond(exchange, 204, null, "");
                    } else {
                        respond(exchange, 200, "application/json", JSON.writeValueAsString(received()));
                    }
                }
                case "/messages.txt" -> respond(exchange, 200, "text/plain", text(limit(uri.getQuery())));
                default -> respond(exchange, 404, "application/json", "{\"status\":404,\"title\":\"Introuvable\"}");
            }
        } catch (FolderException | RuntimeException e) {
            log.warn("API request failed: {}", e.toString());
        }
    }

    /** The last {@code limit} messages as the launcher prints them: date, to, subject, first lines of the text. */
    String text(int limit) {
        List<Received> all = received();
        List<Received> shown = all.subList(Math.max(0, all.size() - limit), all.size());
        StringBuilder out = new StringBuilder();
        if (all.isEmpty()) {
            return "Aucun e-mail reçu par le serveur de messagerie local (SMTP 127.0.0.1:" + smtpPort() + ").\n";
        }
        out.append(all.size()).append(" e-mail(s) reçu(s)");
        if (shown.size() < all.size()) {
            out.append(", les ").append(shown.size()).append(" derniers");
        }
        out.append(" (heure de Paris) :\n");
        for (Received m : shown) {
            out.append('\n')
                    .append(m.date() == null ? "date inconnue" : LOCAL.format(m.date()))
                    .append("  à ").append(String.join(", ", m.to())).append('\n')
                    .append("  Objet : ").append(m.subject() == null ? "" : m.subject()).append('\n');
            m.text().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(TEXT_LINES)
                    .map(l -> l.length() <= LINE_WIDTH ? l : l.substring(0, LINE_WIDTH - 1) + "…")
                    .forEach(l -> out.append("  | ").append(l).append('\n'));
        }
        return out.toString();
    }

    private static int limit(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("limit=")) {
                    try {
                        return Math.max(1, Integer.parseInt(pair.substring(6)));
                    } catch (NumberFormatException ignored) {
                        // the default below
                    }
                }
            }
        }
        return 20;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** One received e-mail: the sender's Date header, addresses, decoded subject, plain text and HTML bodies. */
    public record Received(Instant date, String from, List<String> to, String subject, String messageId,
            String text, String html) {

        static Received of(MimeMessage message) {
            try {
                Date sent = message.getSentDate();
                Map<String, String> bodies = new LinkedHashMap<>();
                collect(message, bodies);
                return new Received(sent == null ? null : sent.toInstant(), addresses(message.getFrom()).stream()
                        .findFirst().orElse(null), addresses(message.getAllRecipients()), message.getSubject(),
                        message.getMessageID(), bodies.getOrDefault("text/plain", ""), bodies.get("text/html"));
            } catch (MessagingException | IOException e) {
                return new Received(null, null, List.of(), "(message illisible : " + e.getClass().getSimpleName()
                        + ")", null, "", null);
            }
        }

        private static void collect(Part part, Map<String, String> bodies) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
                String type = part.isMimeType("text/plain") ? "text/plain" : "text/html";
                bodies.putIfAbsent(type, part.getContent().toString().replace("\r\n", "\n"));
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, bodies);
                }
            }
        }

        private static List<String> addresses(Address[] addresses) {
            if (addresses == null) {
                return List.of();
            }
            return Arrays.stream(addresses).map(a -> a instanceof InternetAddress i ? i.toUnicodeString()
                    : a.toString()).toList();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MailServer <smtp-port> <api-port>");
            System.exit(2);
        }
        MailServer server = start(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        log.info("ready: smtp://127.0.0.1:{}, received e-mails at http://127.0.0.1:{}/messages", server.smtpPort(),
                server.apiPort());
        UntilStopped.await("mail-shutdown", () -> {
            server.close();
            log.info("stopped");
        });
    }
}
