package fr.inclusion.orientation.notification.outbound;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.micrometer.observation.ObservationRegistry;

/** The HTTP client set-up every outbound provider shares: HTTP/1.1, no redirects, both timeouts, observed. */
public final class OutboundHttp {

    private OutboundHttp() {
    }

    public static RestClient.Builder client(Duration connectTimeout, Duration readTimeout,
            ObservationRegistry observations) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                // no cleartext HTTP/2 upgrade attempt (h2c), which some servers answer by resetting the stream
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(readTimeout);
        return RestClient.builder()
                .requestFactory(requests)
                .observationRegistry(observations);
    }
}
