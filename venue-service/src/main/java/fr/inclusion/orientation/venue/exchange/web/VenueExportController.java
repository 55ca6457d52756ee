package fr.inclusion.orientation.venue.exchange.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.venue.exchange.application.ImportFormat;
import fr.inclusion.orientation.venue.exchange.application.VenueExports;

/** {@code GET /api/venues/export?format=csv|json&departement=55}: the directory in the national standard. */
@RestController
class VenueExportController {

    /** Metropolitan (01–95, 2A, 2B) or overseas (971–976) département code. */
    private static final Pattern DEPARTEMENT = Pattern.compile("^(\\d{2}|2[AB]|97\\d)$");

    private final VenueExports exports;

    VenueExportController(VenueExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/venues/export")
    void export(@RequestParam(required = false) String format, @RequestParam(required = false) String departement,
            HttpServletResponse response) throws IOException {
        ImportFormat chosen = format(format);
        String code = departement(departement);
        String extension = chosen.label();
        response.setContentType(chosen == ImportFormat.CSV ? "text/csv;charset=UTF-8" : "application/json");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("lieux-mediation-numerique" + (code == null ? "" : "-" + code) + "." + extension)
                .build().toString());
        exports.write(chosen, code, response.getOutputStream());
    }

    private static ImportFormat format(String format) {
        if (format == null || format.isBlank()) {
            return ImportFormat.CSV;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> ImportFormat.CSV;
            case "json" -> ImportFormat.JSON;
            default -> throw new InvalidExchangeRequestException("format", "format inconnu « " + format
                    + " » ; valeurs possibles : csv, json");
        };
    }

    private static String departement(String departement) {
        if (departement == null || departement.isBlank()) {
            return null;
        }
        String code = departement.strip().toUpperCase(Locale.ROOT);
        if (!DEPARTEMENT.matcher(code).matches()) {
            throw new InvalidExchangeRequestException("departement", "code de département invalide « "
                    + departement + " » : deux chiffres (55), 2A, 2B ou trois chiffres outre-mer (971)");
        }
        return code;
    }
}
