package fr.inclusion.orientation.notification.outbound.mail;

import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.application.OutboundProperties;
import fr.inclusion.orientation.notification.outbound.domain.ChannelSender;
import fr.inclusion.orientation.notification.outbound.domain.SendFailureException;

/**
 * E-mail over SMTP ({@code spring.mail.*}): multipart/alternative with the plain text first and the HTML second,
 * both UTF-8, From {@code notification.outbound.mail-from}. The Message-ID is derived from the message id, so a
 * message sent twice after a crash carries the same Message-ID and mail clients show it once.
 */
@Component
class EmailSender implements ChannelSender {

    static final String DEFAULT_SUBJECT = "Orientation numérique";

    private final JavaMailSender mail;
    private final InternetAddress from;
    private final String messageIdDomain;

    EmailSender(JavaMailSender mail, OutboundProperties properties) {
        this.mail = mail;
        this.from = parseFrom(properties.mailFrom());
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String disabledReason() {
        return "E-mail désactivé";
    }

    @Override
    public void send(OutboundMessage message) throws SendFailureException {
        MimeMessage mime;
        try {
            mime = compose(message);
        } catch (AddressException e) {
            throw SendFailureException.permanentFailure("Adresse e-mail invalide", e);
        } catch (MessagingException e) {
            throw SendFailureException.permanentFailure("E-mail impossible à composer (" + e.getClass().getSimpleName() + ")",
                    e);
        }
        try {
            mail.send(mime);
        } catch (MailException e) {
            throw SendFailureException.transientFailure(describe(e), e);
        }
    }

    MimeMessage compose(OutboundMessage message) throws MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        mime.setFrom(from);
        InternetAddress[] to = InternetAddress.parse(message.address(), true);
        if (to.length != 1) {
            throw new AddressException("one recipient expected");
        }
        mime.setRecipients(MimeMessage.RecipientType.TO, to);
        String subject = message.subject() == null || message.subject().isBlank() ? DEFAULT_SUBJECT
                : message.subject();
        mime.setSubject(subject, StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        // RFC 3834: an automatic message; out-of-office robots should not answer it
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.html() == null || message.html().isBlank()) {
            mime.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(html);
            mime.setContent(alternative);
        }
        // JavaMailSenderImpl keeps a Message-ID set before sending
        mime.setHeader("Message-ID", "<" + sha256(message.id()) + "@" + messageIdDomain + ">");
        return mime;
    }

    /** The cause in French, from exception types only: SMTP replies may quote the recipient's address. */
    static String describe(MailException e) {
        if (e instanceof MailAuthenticationException || has(e, AuthenticationFailedException.class)) {
            return "Authentification refusée par le serveur SMTP";
        }
        if (has(e, ConnectException.class)) {
            return "Serveur SMTP injoignable (connexion refusée)";
        }
        if (has(e, SocketTimeoutException.class)) {
            return "Serveur SMTP : délai dépassé";
        }
        if (has(e, UnknownHostException.class)) {
            return "Serveur SMTP introuvable (nom d'hôte inconnu)";
        }
        if (has(e, SendFailedException.class)) {
            return "Destinataire refusé par le serveur SMTP";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "Échec de l'envoi SMTP (" + root.getClass().getSimpleName() + ")";
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t
                    && has(m.getNextException(), type)) {
                return true;
            }
        }
        return false;
    }

    private static InternetAddress parseFrom(String value) {
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            // the display name (accented) encoded as UTF-8 words in the header
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("notification.outbound.mail-from is not a valid address: " + value, e);
        }
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
