package fr.inclusion.orientation.venue.directory.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.directory.application.ChangeAvailability;
import fr.inclusion.orientation.venue.directory.application.VenueDirectory;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueHistoryEntry;

/**
 * A venue's life beside its record: {@code DELETE /api/venues/{id}} withdraws it (204, again 204 and nothing more),
 * {@code POST /api/venues/{id}/availability} pauses or resumes its intake and sets its weekly capacity and its answer
 * delay (working days), {@code GET /api/venues/{id}/history} lists who changed it and when.
 */
@RestController
@RequestMapping("/api/venues/{id}")
class VenueLifecycleController {

    private static final String ANSWER_DELAY_RANGE = "délai de réponse en jours ouvrés, de "
            + Venue.ANSWER_DELAY_MIN_DAYS + " à " + Venue.ANSWER_DELAY_MAX_DAYS;

    private final VenueDirectory directory;

    VenueLifecycleController(VenueDirectory directory) {
        this.directory = directory;
    }

    @DeleteMapping
    ResponseEntity<Void> withdraw(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        directory.withdraw(id, Caller.from(jwt));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/availability")
    ResponseEntity<VenueView> changeAvailability(@PathVariable String id, @Valid @RequestBody AvailabilityRequest body,
            @AuthenticationPrincipal Jwt jwt) {
        Venue venue = directory.changeAvailability(new ChangeAvailability(id, body.intakePaused(),
                body.weeklyCapacity(), body.answerDelayDays(), Caller.from(jwt)));
        return ResponseEntity.ok().eTag("\"" + venue.version() + "\"").body(VenueView.of(venue));
    }

    /** The history, newest first, in the API's paged list shape. */
    @GetMapping("/history")
    Page<VenueHistoryEntry> history(@PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "doit être positif ou nul") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "entre 1 et 100")
            @Max(value = 100, message = "entre 1 et 100") int size,
            @AuthenticationPrincipal Jwt jwt) {
        List<VenueHistoryEntry> all = directory.history(id, Caller.from(jwt));
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }

    /**
     * @param intakePaused   true: the venue takes no new referral for now
     * @param weeklyCapacity referrals a week the venue can take; absent or null when it does not say
     * @param answerDelayDays working days within which the venue answers a referral (its service level); absent or
     *                        null when it does not say, and the network's default applies
     */
    record AvailabilityRequest(
            @JsonProperty("intakePaused") @JsonAlias("intake_paused") @NotNull(message = "obligatoire (true ou false)")
            Boolean intakePaused,
            @JsonProperty("weeklyCapacity") @JsonAlias("weekly_capacity")
            @Min(value = 0, message = "nombre d'orientations par semaine, de 0 à " + Venue.WEEKLY_CAPACITY_MAX)
            @Max(value = Venue.WEEKLY_CAPACITY_MAX,
                    message = "nombre d'orientations par semaine, de 0 à " + Venue.WEEKLY_CAPACITY_MAX)
            Integer weeklyCapacity,
            @JsonProperty("answerDelayDays") @JsonAlias("answer_delay_days")
            @Min(value = Venue.ANSWER_DELAY_MIN_DAYS, message = ANSWER_DELAY_RANGE)
            @Max(value = Venue.ANSWER_DELAY_MAX_DAYS, message = ANSWER_DELAY_RANGE)
            Integer answerDelayDays) {
    }
}
