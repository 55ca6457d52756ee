package fr.inclusion.orientation.contracts.reference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An administrator imported a département's reference file: {@code communes} are all its communes from now on
 * (they replace those known for it). {@code version} counts the imports of this département.
 */
@JsonTypeName(DepartementReferenceImported.TYPE)
public record DepartementReferenceImported(UUID eventId, Instant occurredAt, String departement, long version,
        List<Commune> communes) implements ReferenceEvent {

    public static final String TYPE = "DepartementReferenceImported";

    public DepartementReferenceImported {
        communes = List.copyOf(communes);
    }

    /**
     * A commune of the département: INSEE code, name, postal codes, population, EPCI (SIREN and name, both empty
     * when in none) and centroid (WGS84).
     */
    public record Commune(String code, String name, List<String> postalCodes, long population, String epciSiren,
            String epciName, double latitude, double longitude) {

        public Commune {
            postalCodes = List.copyOf(postalCodes);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
