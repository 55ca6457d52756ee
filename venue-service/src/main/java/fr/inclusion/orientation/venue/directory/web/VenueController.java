package fr.inclusion.orientation.venue.directory.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.directory.application.RegisterVenue;
import fr.inclusion.orientation.venue.directory.application.StandardVenue;
import fr.inclusion.orientation.venue.directory.application.UpdateVenue;
import fr.inclusion.orientation.venue.directory.application.VenueDirectory;
import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueFilter;
import fr.inclusion.orientation.venue.directory.domain.VenuePage;

/**
 * {@code /api/venues}. Responses carry the venue's version as an {@code ETag}; a PUT sent with {@code If-Match}
 * fails with 409 when someone changed the venue in between.
 */
@RestController
@RequestMapping("/api/venues")
class VenueController {

    private final VenueDirectory directory;

    VenueController(VenueDirectory directory) {
        this.directory = directory;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('admin', 'coordinator')")
    ResponseEntity<VenueView> register(@Valid @RequestBody StandardVenue body, @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        Venue venue = directory.register(RegisterVenue.from(body, caller.id()), caller);
        return ResponseEntity.created(location(venue)).eTag(etag(venue)).body(VenueView.of(venue));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('admin', 'coordinator', 'venue_staff')")
    ResponseEntity<VenueView> update(@PathVariable String id, @Valid @RequestBody StandardVenue body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Jwt jwt) {
        if (body.id() != null && !body.id().strip().equals(id)) {
            throw new InvalidRequestException("id", "doit être absent ou égal à l'identifiant de l'adresse (" + id
                    + ")");
        }
        Venue venue = directory.update(UpdateVenue.from(id, body, expectedVersion(ifMatch),
                Caller.from(jwt)));
        return ResponseEntity.ok().eTag(etag(venue)).body(VenueView.of(venue));
    }

    @GetMapping("/{id}")
    ResponseEntity<VenueView> venue(@PathVariable String id) {
        Venue venue = directory.venue(id);
        return ResponseEntity.ok().eTag(etag(venue)).body(VenueView.of(venue));
    }

    @GetMapping
    Page<VenueView> list(@RequestParam(required = false) String commune,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "doit être positif ou nul") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "entre 1 et 100")
            @Max(value = 100, message = "entre 1 et 100") int size) {
        if (service != null && !service.isBlank() && !NationalStandard.SERVICES.contains(service.strip())) {
            throw new InvalidRequestException("service", "valeur inconnue « " + service + " » ; valeurs possibles : "
                    + String.join(" · ", NationalStandard.SERVICES));
        }
        VenuePage found = directory.find(new VenueFilter(commune, service, q), page, size);
        return new Page<>(found.items().stream().map(VenueView::of).toList(), page, size, found.total());
    }

    private static URI location(Venue venue) {
        return UriComponentsBuilder.fromPath("/api/venues/{id}").buildAndExpand(venue.id()).encode().toUri();
    }

    private static String etag(Venue venue) {
        return "\"" + venue.version() + "\"";
    }

    /** {@code "3"} or {@code W/"3"} → 3; {@code *} means any version. */
    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match",
                    "doit reprendre l'ETag reçu avec la fiche, par exemple \"3\"");
        }
    }
}
