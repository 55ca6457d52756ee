package fr.inclusion.orientation.web.venue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * venue-service as the venue staff use it, with their own token: read their venue, set its availability (the
 * service takes the three settings together: the pause, the weekly capacity, the answer delay) and propose a
 * correction of its public record (a coordinator decides it).
 */
@Component
class VenueSettings {

    private final RestClient venueApi;

    VenueSettings(@Qualifier("venueApi") RestClient venueApi) {
        this.venueApi = venueApi;
    }

    MyVenue venue(String id) {
        return venueApi.get().uri("/api/venues/{id}", id).retrieve().body(MyVenue.class);
    }

    /** @param weeklyCapacity null when the venue does not say; @param answerDelayDays null: the network's default */
    void changeAvailability(String id, boolean intakePaused, Integer weeklyCapacity, Integer answerDelayDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intakePaused", intakePaused);
        body.put("weeklyCapacity", weeklyCapacity);
        body.put("answerDelayDays", answerDelayDays);
        venueApi.post().uri("/api/venues/{id}/availability", id).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toBodilessEntity();
    }

    /** @param changes the fields to correct by the standard's names, with their new values */
    void propose(String id, Map<String, Object> changes, String comment) {
        Map<String, Object> body = new LinkedHashMap<>(changes);
        if (comment != null) {
            body.put("comment", comment);
        }
        venueApi.post().uri("/api/venues/{id}/proposals", id).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toBodilessEntity();
    }
}
