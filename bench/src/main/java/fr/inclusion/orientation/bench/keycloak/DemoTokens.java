package fr.inclusion.orientation.bench.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo user's access token, for the load generators: the realm's {@code cli} client allows the password grant and
 * every demo user's password is its username.
 */
public final class DemoTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoTokens() {
    }

    public static String of(HttpClient http, String keycloak, String username)
            throws IOException, InterruptedException {
        String user = URLEncoder.encode(username, StandardCharsets.UTF_8);
        String form = "grant_type=password&client_id=cli&username=" + user + "&password=" + user;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/orientation/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " "
                    + response.body());
        }
        return token.group(1);
    }
}
