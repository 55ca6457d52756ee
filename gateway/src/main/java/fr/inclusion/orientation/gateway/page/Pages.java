package fr.inclusion.orientation.gateway.page;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.util.HtmlUtils;

import reactor.core.publisher.Mono;

/**
 * The few pages the gateway draws itself (sign-out, sign-in failure, the placeholder in front of the web UI): one
 * layout, French, {@code lang="fr"}, no script and no inline style (the CSP forbids both), readable at 360 px.
 */
public final class Pages {

    private Pages() {
    }

    /** Escapes text for HTML; every value that comes from a request or a token goes through here. */
    public static String text(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, StandardCharsets.UTF_8.name());
    }

    /** A form with one button that signs out (POST, as required for a state change). */
    public static String signOutForm() {
        return """
                <form method="post" action="/logout" class="sign-out">
                  <button type="submit">Se déconnecter</button>
                </form>""";
    }

    /** A whole page; {@code title} is plain text, {@code mainHtml} is already escaped HTML. */
    public static String page(String title, String mainHtml) {
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s – Orientation numérique</title>
                  <link rel="stylesheet" href="/assets/gateway.css">
                </head>
                <body>
                  <header class="banner"><p class="brand">Orientation numérique</p></header>
                  <main id="contenu">
                %s
                  </main>
                </body>
                </html>
                """.formatted(text(title), mainHtml);
    }

    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().setContentLength(bytes.length);
        response.getHeaders().setCacheControl("no-store");
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
