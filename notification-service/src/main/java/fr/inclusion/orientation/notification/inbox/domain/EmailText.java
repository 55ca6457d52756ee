package fr.inclusion.orientation.notification.inbox.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What leaves the app about notifications, written in French: an e-mail (subject, plain text, HTML) per
 * notification or per daily digest, and a short SMS. Like the notifications, it names need, commune and venue and
 * never the resident; the reader's own name appears in the greeting only. Every e-mail ends with a link to the
 * reader's notification preferences, where they can stop or group what they receive.
 */
public record EmailText(String subject, String text, String html) {

    static final String APP = "Orientation numérique";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("d MMMM 'à' HH'h'mm", Locale.FRENCH);

    private static final String WHY = "Vous recevez ce message parce que cette orientation vous concerne sur "
            + APP + ".";
    private static final String WHY_DIGEST = "Vous recevez ce récapitulatif parce que ces orientations vous "
            + "concernent sur " + APP + ".";
    private static final String CHOOSE = "Pour choisir comment être prévenu(e) (courriel, SMS, récapitulatif "
            + "quotidien), ouvrez ";
    private static final String PREFERENCES = "vos préférences de notification";

    public EmailText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /**
     * The e-mail of one notification.
     *
     * @param url            absolute link to the referral in the web app
     * @param preferencesUrl absolute link to the reader's notification preferences in the web app
     */
    public static EmailText of(Notification notification, String greetingName, String url, String preferencesUrl) {
        String subject = APP + " – " + notification.title();
        String text = greeting(greetingName) + "\n\n" + notification.body() + "\n\nVoir l'orientation : " + url
                + "\n\n-- \n" + textFooter(WHY, preferencesUrl);
        String html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>" + escape(subject)
                + "</title></head><body>"
                + "<p>" + escape(greeting(greetingName)) + "</p>"
                + "<p>" + escape(notification.body()) + "</p>"
                + "<p><a href=\"" + escape(url) + "\">Voir l'orientation</a></p>"
                + htmlFooter(WHY, preferencesUrl)
                + "</body></html>";
        return new EmailText(subject, text, html);
    }

    /** A short SMS: what happened and where to look. */
    public static String sms(Notification notification, String url) {
        return APP + " : " + notification.title() + ". " + url;
    }

    /** One line of a digest: a notification and the absolute link to its referral. */
    public record DigestLine(Notification notification, String url) {
    }

    /**
     * The daily digest sent on {@code day}, listing its notifications oldest first.
     *
     * @param preferencesUrl absolute link to the reader's notification preferences in the web app
     */
    public static EmailText digest(LocalDate day, String greetingName, List<DigestLine> lines,
            String preferencesUrl) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A digest lists at least one notification");
        }
        String count = lines.size() == 1 ? "1 notification" : lines.size() + " notifications";
        String subject = APP + " – récapitulatif du " + DAY.format(day) + " (" + count + ")";
        String intro = "Voici les notifications arrivées depuis votre dernier récapitulatif (" + count + ") :";
        StringBuilder text = new StringBuilder(greeting(greetingName)).append("\n\n").append(intro).append("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject)).append("</title></head><body><p>").append(escape(greeting(greetingName)))
                .append("</p><p>").append(escape(intro)).append("</p><ul>");
        for (DigestLine line : lines) {
            Notification n = line.notification();
            String when = DAY_TIME.format(n.createdAt().atZone(NotificationText.PARIS));
            text.append("\n- ").append(n.title()).append(" (").append(when).append(")\n  ").append(n.body())
                    .append("\n  Voir l'orientation : ").append(line.url()).append("\n");
            html.append("<li><strong>").append(escape(n.title())).append("</strong> (").append(escape(when))
                    .append(")<br>").append(escape(n.body())).append("<br><a href=\"").append(escape(line.url()))
                    .append("\">Voir l'orientation</a></li>");
        }
        text.append("\n-- \n").append(textFooter(WHY_DIGEST, preferencesUrl));
        html.append("</ul>").append(htmlFooter(WHY_DIGEST, preferencesUrl)).append("</body></html>");
        return new EmailText(subject, text.toString(), html.toString());
    }

    private static String textFooter(String why, String preferencesUrl) {
        return why + "\n" + CHOOSE + PREFERENCES + " : " + preferencesUrl + "\n";
    }

    private static String htmlFooter(String why, String preferencesUrl) {
        return "<hr><p style=\"color:#555;font-size:small\">" + escape(why) + "<br>" + escape(CHOOSE) + "<a href=\""
                + escape(preferencesUrl) + "\">" + escape(PREFERENCES) + "</a>.</p>";
    }

    private static String greeting(String name) {
        return name == null || name.isBlank() ? "Bonjour," : "Bonjour " + name.strip() + ",";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
