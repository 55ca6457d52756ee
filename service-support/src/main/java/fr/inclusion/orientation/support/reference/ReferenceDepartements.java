package fr.inclusion.orientation.support.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import fr.inclusion.orientation.contracts.reference.DepartementReferenceImported;
import fr.inclusion.orientation.reference.territory.Commune;
import fr.inclusion.orientation.reference.territory.Departement;
import fr.inclusion.orientation.reference.territory.DepartementFile;

/**
 * A service's own copy of the imported départements, in {@value #COLLECTION}: one document per département
 * ({@code _id} its code, {@code version}, {@code communes}), written by one version-guarded upsert per event (the
 * store has no transactions), so that a replayed or older event changes nothing. Read once at start by the service's
 * territory tables, which then learn each applied event.
 */
public class ReferenceDepartements {

    public static final String COLLECTION = "reference_departements";

    private final MongoTemplate mongo;

    public ReferenceDepartements(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The départements shipped with the reference module ({@link DepartementFile#bundled()}), each replaced by the
     * one stored here when an administrator imported it, and those only stored here.
     */
    public List<Departement> withBundled() {
        Map<String, Departement> byCode = new LinkedHashMap<>();
        DepartementFile.bundled().forEach(d -> byCode.put(d.code(), d));
        all().forEach(d -> byCode.put(d.code(), d));
        return List.copyOf(byCode.values());
    }

    /** Every département stored here. */
    public List<Departement> all() {
        List<Departement> departements = new ArrayList<>();
        for (Document document : mongo.findAll(Document.class, COLLECTION)) {
            departements.add(new Departement(document.getString("_id"), document.getList("communes",
                    Document.class).stream().map(ReferenceDepartements::commune).toList()));
        }
        return departements;
    }

    /**
     * Stores the event's communes unless a same or newer version of the département is stored.
     *
     * @return the département when the event was applied, empty when it was not newer
     */
    public Optional<Departement> apply(DepartementReferenceImported event) {
        Departement departement = departementOf(event);
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(departement.code())
                .and("version").lt(event.version()));
        Update update = new Update().set("version", event.version()).set("eventId", event.eventId().toString())
                .set("communes", departement.communes().stream().map(ReferenceDepartements::document).toList());
        try {
            mongo.upsert(olderOrAbsent, update, COLLECTION);
        } catch (DuplicateKeyException e) {
            // a same or newer version is stored: the upsert matched nothing and tried to insert the same _id
            return Optional.empty();
        }
        return Optional.of(departement);
    }

    /** The département an event describes. */
    public static Departement departementOf(DepartementReferenceImported event) {
        return new Departement(event.departement(), event.communes().stream()
                .map(c -> new Commune(c.code(), c.name(), c.postalCodes(), c.population(), c.epciSiren(),
                        c.epciName(), c.latitude(), c.longitude()))
                .toList());
    }

    /** A commune as a stored sub-document (also venue-service's {@code departements}). */
    public static Document document(Commune c) {
        return new Document("code", c.code()).append("name", c.name()).append("postalCodes", c.postalCodes())
                .append("population", c.population()).append("epciSiren", c.epciSiren())
                .append("epciName", c.epciName()).append("latitude", c.latitude()).append("longitude", c.longitude());
    }

    /** A commune from its stored sub-document. */
    public static Commune commune(Document d) {
        return new Commune(d.getString("code"), d.getString("name"), d.getList("postalCodes", String.class),
                ((Number) d.get("population")).longValue(), d.getString("epciSiren"), d.getString("epciName"),
                ((Number) d.get("latitude")).doubleValue(), ((Number) d.get("longitude")).doubleValue());
    }
}
