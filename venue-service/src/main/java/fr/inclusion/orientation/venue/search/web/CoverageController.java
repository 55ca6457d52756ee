package fr.inclusion.orientation.venue.search.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.search.application.TerritoryCoverage;

/**
 * {@code GET /api/territory/coverage?service=&maxKm=15&territory=} (coordinator, admin): every commune of the
 * territory, uncovered first, then the most fragile, then the most populated. A coordinator's territory is the one
 * in their token (asking for another is refused); an admin names one.
 */
@RestController
class CoverageController {

    static final double DEFAULT_MAX_KM = 15;
    static final double MAX_MAX_KM = 500;

    private final TerritoryCoverage coverage;

    CoverageController(TerritoryCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/api/territory/coverage")
    @PreAuthorize("hasAnyRole('admin', 'coordinator')")
    CoverageView coverage(@RequestParam(required = false) String service,
            @RequestParam(required = false) String maxKm,
            @RequestParam(required = false) String territory,
            @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        SearchParameters parameters = new SearchParameters();
        String need = parameters.service("service", service);
        double reach = parameters.decimal("maxKm", maxKm, DEFAULT_MAX_KM, 0, MAX_MAX_KM);
        String asked = territory == null || territory.isBlank() ? null : territory.strip();
        String scope;
        if (caller.has(Caller.ADMIN)) {
            scope = asked;
            if (scope == null) {
                parameters.fail("territory", "obligatoire : code de département (par exemple 55) ou SIREN d'EPCI");
            }
        } else {
            if (asked != null && !asked.equals(caller.territory())) {
                throw new TerritoryNotAllowedException(asked);
            }
            scope = caller.territory();
            if (scope == null || scope.isBlank()) {
                throw new TerritoryNotAllowedException("(aucun)");
            }
        }
        parameters.throwIfAny();
        return CoverageView.of(need, reach, scope, coverage.of(need, reach, scope));
    }
}
