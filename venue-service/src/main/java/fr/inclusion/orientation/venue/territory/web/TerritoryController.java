package fr.inclusion.orientation.venue.territory.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.application.CommuneImport;
import fr.inclusion.orientation.venue.territory.application.CommunePage;
import fr.inclusion.orientation.venue.territory.application.FragilityImport;
import fr.inclusion.orientation.venue.territory.application.TerritoryDirectory;
import fr.inclusion.orientation.venue.territory.domain.CommuneQuery;

/**
 * {@code /api/territory}: any authenticated user reads communes and EPCI; administrators and coordinators import the
 * fragility index (see {@code VenueEndpointRoles}), coordinators for the communes of their territory only;
 * administrators import a département's communes.
 */
@RestController
@RequestMapping("/api/territory")
class TerritoryController {

    private static final String DEPARTEMENT = "(?i)\\d{2}|2[AB]|97\\d|98\\d";
    private static final String DEPARTEMENT_MESSAGE = "code de département attendu, par exemple 55, 2A ou 974";

    private final TerritoryDirectory directory;
    private final FragilityImport fragilityImport;
    private final CommuneImport communeImport;
    /** Largest IFN or département reference file: the one upload limit of the territory files. */
    private final DataSize fileMaxSize;

    TerritoryController(TerritoryDirectory directory, FragilityImport fragilityImport, CommuneImport communeImport,
            @Value("${orientation.territory.fragility.max-size:5MB}") DataSize fileMaxSize) {
        this.directory = directory;
        this.fragilityImport = fragilityImport;
        this.communeImport = communeImport;
        this.fileMaxSize = fileMaxSize;
    }

    @GetMapping("/communes")
    Page<CommuneView> communes(
            @RequestParam(required = false) @Pattern(regexp = DEPARTEMENT, message = DEPARTEMENT_MESSAGE)
            String departement,
            @RequestParam(required = false) @Size(max = 100, message = "100 caractères au plus") String q,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "doit être positif ou nul") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "entre 1 et 1000")
            @Max(value = 1000, message = "entre 1 et 1000") int size) {
        CommunePage found = directory.communes(new CommuneQuery(departement, q), page, size);
        return new Page<>(found.items().stream().map(CommuneView::of).toList(), page, size,
                found.total());
    }

    @GetMapping("/communes/{code}")
    CommuneView commune(@PathVariable String code) {
        return CommuneView.of(directory.commune(code.strip().toUpperCase(Locale.ROOT)));
    }

    @GetMapping("/epci")
    EpciView.ListView epcis(
            @RequestParam(required = false) @Pattern(regexp = DEPARTEMENT, message = DEPARTEMENT_MESSAGE)
            String departement) {
        var items = directory.epcis(departement == null || departement.isBlank() ? null
                : departement.strip().toUpperCase(Locale.ROOT)).stream().map(EpciView::of).toList();
        return new EpciView.ListView(items, items.size());
    }

    /** The body is the IFN CSV itself ({@code text/csv}) or a multipart form with the file in {@code file}. */
    @PostMapping("/fragility")
    @Operation(summary = "Importer l'indice de fragilité numérique (IFN) par commune",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            example = "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,"
                                    + "older_65_rate,nscol15p_rate,total")),
                    @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = FilePart.class))}))
    FragilityImportView importFragility(HttpServletRequest request, @AuthenticationPrincipal Jwt jwt) {
        return FragilityImportView.of(fragilityImport.importFile(CsvUpload.read(request, fileMaxSize),
                Caller.from(jwt)));
    }

    /**
     * A département's reference file (administrators only, see {@code VenueEndpointRoles}): the body is the CSV
     * itself ({@code text/csv}) or a multipart form with the file in {@code file}. Its valid lines become all the
     * communes of that département, known at once here and, through {@code DepartementReferenceImported}, by every
     * service.
     */
    @PostMapping("/communes")
    @Operation(summary = "Importer le référentiel des communes d'un département",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            example = "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,"
                                    + "longitude")),
                    @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = FilePart.class))}))
    CommuneImportView importCommunes(HttpServletRequest request) {
        return CommuneImportView.of(communeImport.importFile(CsvUpload.read(request, fileMaxSize)));
    }

    /** The multipart form, for the API description. */
    record FilePart(@Schema(type = "string", format = "binary") String file) {
    }
}
