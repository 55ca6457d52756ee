package fr.inclusion.orientation.venue.search.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.venue.search.domain.Constraint;
import fr.inclusion.orientation.venue.search.domain.GeoPoint;
import fr.inclusion.orientation.venue.search.domain.Match;
import fr.inclusion.orientation.venue.search.domain.SearchQuery;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.directory.domain.OpeningHours;

/** Where should a resident of this commune go for this need: the index's answer, from the commune's centroid. */
@Service
public class VenueSearch {

    private final DirectoryIndex directory;
    private final Communes communes;

    public VenueSearch(DirectoryIndex directory, Communes communes) {
        this.directory = directory;
        this.communes = communes;
    }

    /**
     * @throws UnknownCommuneException when the commune is not in the reference data
     */
    public List<Match> search(String need, String communeCode, Set<Constraint> constraints, String support,
            Instant at, int limit) {
        Commune commune = communes.byCode(communeCode).orElseThrow(() -> new UnknownCommuneException(communeCode));
        SearchQuery query = new SearchQuery(need, commune.code(), new GeoPoint(commune.latitude(),
                commune.longitude()), constraints, support, LocalDateTime.ofInstant(at, OpeningHours.ZONE), limit);
        return directory.index().search(query);
    }
}
