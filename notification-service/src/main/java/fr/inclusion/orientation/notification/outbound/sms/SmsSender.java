package fr.inclusion.orientation.notification.outbound.sms;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundHttp;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.ChannelSender;
import fr.inclusion.orientation.notification.outbound.domain.SendFailureException;
import io.micrometer.observation.ObservationRegistry;

/**
 * SMS through the provider's HTTP API: {@code POST <url>} with {@code {"to": "+33…", "text": "…"}} and
 * {@code Authorization: Bearer <api-key>}; any 2xx means accepted. 5xx, 408, 429, timeouts and refused connections
 * are retried; other 4xx (bad number, bad key) cannot get better by waiting and park the message at once.
 */
@Component
class SmsSender implements ChannelSender {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");

    private final SmsProperties properties;
    private final RestClient http;

    @Autowired
    SmsSender(SmsProperties properties, ObjectProvider<ObservationRegistry> observations) {
        this(properties, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    SmsSender(SmsProperties properties, ObservationRegistry observations) {
        this.properties = properties;
        this.http = OutboundHttp.client(properties.connectTimeout(), properties.timeout(), observations).build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public String disabledReason() {
        return "SMS désactivé";
    }

    @Override
    public void send(OutboundMessage message) throws SendFailureException {
        String to = message.address().replaceAll("[\\s.-]", "");
        if (!E164.matcher(to).matches()) {
            throw SendFailureException.permanentFailure("Numéro de téléphone invalide (format international attendu)", null);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("text", message.text());
        try {
            http.post()
                    .uri(properties.url())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(h -> h.setBearerAuth(properties.apiKey()))
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            HttpStatusCode status = e.getStatusCode();
            String reason = "Fournisseur SMS : HTTP " + status.value();
            if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
                throw SendFailureException.permanentFailure(reason + " (requête refusée)", e);
            }
            throw SendFailureException.transientFailure(reason, e);
        } catch (ResourceAccessException e) {
            throw SendFailureException.transientFailure(describe(e), e);
        } catch (RestClientException e) {
            throw SendFailureException.transientFailure("Fournisseur SMS : réponse inattendue (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    private static String describe(ResourceAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException) {
                return "Fournisseur SMS injoignable";
            }
            if (t instanceof HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                return "Fournisseur SMS : délai dépassé";
            }
        }
        return "Fournisseur SMS : erreur réseau";
    }
}
