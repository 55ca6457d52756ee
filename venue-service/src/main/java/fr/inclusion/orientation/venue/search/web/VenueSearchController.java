package fr.inclusion.orientation.venue.search.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.search.application.VenueSearch;
import fr.inclusion.orientation.venue.search.domain.Constraint;
import fr.inclusion.orientation.venue.search.domain.Match;

/**
 * {@code GET /api/venues/search?need=&commune=&constraints=&at=&limit=&support=}, for every authenticated role.
 * {@code commune} defaults to a secretary's first commune; {@code at} to now; {@code limit} to 10 (1..50);
 * {@code support} optionally names the {@code prise_en_charge_specifique} wanted with the {@code accessible}
 * constraint.
 */
@RestController
class VenueSearchController {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final VenueSearch search;
    private final Clock clock;

    VenueSearchController(VenueSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/api/venues/search")
    SearchResultsView search(@RequestParam(required = false) String need,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String constraints,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String support,
            @AuthenticationPrincipal Jwt jwt) {
        SearchParameters parameters = new SearchParameters();
        String service = parameters.service("need", need);
        String communeCode = commune == null || commune.isBlank()
                ? Caller.from(jwt).communes().stream().findFirst().orElse(null) : commune.strip();
        if (communeCode == null) {
            parameters.fail("commune", "obligatoire : code INSEE de la commune de la personne (par exemple 55493)");
        }
        Set<Constraint> wanted = parameters.constraints("constraints", constraints);
        String specificSupport = parameters.support("support", support);
        Instant moment = parameters.instant("at", at, clock.instant());
        int size = parameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        parameters.throwIfAny();

        List<Match> matches = search.search(service, communeCode, wanted, specificSupport, moment, size);
        return SearchResultsView.of(matches);
    }
}
