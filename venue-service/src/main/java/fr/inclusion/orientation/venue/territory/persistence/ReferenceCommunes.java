package fr.inclusion.orientation.venue.territory.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;

/**
 * The communes of every reference file matching {@code orientation.territory.communes} (default
 * {@code classpath*:territory/communes-*.csv}; several patterns may be given, separated by commas, e.g.
 * {@code classpath*:territory/communes-*.csv,file:/etc/orientation/communes-*.csv}), one file per département, header
 * {@code code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude}; postal codes joined with
 * {@code |} (or {@code ;}, as a row of the Meuse file does). Adding a département is adding its file. Loaded once at start, read-only; a malformed file, no file at
 * all or a commune in two files stops the start with the file and line at fault.
 */
@Component
public class ReferenceCommunes implements Communes {

    static final List<String> HEADER = List.of("code_insee", "nom", "codes_postaux", "population",
            "epci_siren", "epci_nom", "latitude", "longitude");

    private static final Pattern INSEE_CODE = Pattern.compile("(\\d{2}|2[AB])\\d{3}");
    private static final Pattern POSTAL_CODES = Pattern.compile("\\d{5}([|;]\\d{5})*");
    private static final Pattern SIREN = Pattern.compile("(\\d{9})?");

    private final Map<String, Commune> byCode;

    public ReferenceCommunes(
            @Value("${orientation.territory.communes:classpath*:territory/communes-*.csv}") String location) {
        this.byCode = Collections.unmodifiableMap(load(location));
    }

    @Override
    public Optional<Commune> byCode(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(byCode::get);
    }

    @Override
    public List<Commune> all() {
        return List.copyOf(byCode.values());
    }

    private static Map<String, Commune> load(String location) {
        Map<String, Commune> communes = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (Resource resource : ReferenceCsv.resources(location, true)) {
            for (Commune commune : read(resource)) {
                String previous = fileOf.putIfAbsent(commune.code(), ReferenceCsv.describe(resource));
                if (previous != null) {
                    throw new IllegalStateException("Commune " + commune.code() + " is in two reference files: "
                            + previous + " and " + ReferenceCsv.describe(resource));
                }
                communes.put(commune.code(), commune);
            }
        }
        return communes;
    }

    static List<Commune> read(Resource resource) {
        List<Commune> communes = new ArrayList<>();
        for (ReferenceCsv.Line line : ReferenceCsv.read(resource, HEADER)) {
            String code = ReferenceCsv.matching(line, 0, "code_insee", INSEE_CODE, "a 5-character INSEE code");
            if (line.get(1).isEmpty()) {
                throw line.invalid("nom", "the name is empty");
            }
            String postalCodes = ReferenceCsv.matching(line, 2, "codes_postaux", POSTAL_CODES,
                    "postal codes of 5 digits joined with | or ;");
            String siren = ReferenceCsv.matching(line, 4, "epci_siren", SIREN, "a 9-digit SIREN (or empty)");
            communes.add(new Commune(code, line.get(1), List.of(postalCodes.split("[|;]")),
                    ReferenceCsv.integer(line, 3, "population"), siren, line.get(5),
                    ReferenceCsv.decimal(line, 6, "latitude", -90, 90),
                    ReferenceCsv.decimal(line, 7, "longitude", -180, 180)));
        }
        return communes;
    }
}
