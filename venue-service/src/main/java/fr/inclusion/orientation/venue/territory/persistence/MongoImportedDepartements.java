package fr.inclusion.orientation.venue.territory.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.contracts.reference.DepartementReferenceImported;
import fr.inclusion.orientation.reference.territory.Commune;
import fr.inclusion.orientation.reference.territory.Departement;
import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.support.outbox.OutboxEntry;
import fr.inclusion.orientation.support.outbox.OutboxSignal;
import fr.inclusion.orientation.support.reference.ReferenceDepartements;
import fr.inclusion.orientation.venue.territory.domain.ImportedDepartements;

/**
 * One document per imported département in {@value #COLLECTION}: {@code _id} the département code, its communes,
 * {@code version} (imports so far), {@code importedAt}, and the {@code DepartementReferenceImported} event waiting in
 * its outbox. Each import is one single-document write (the store has no transactions), so the communes are never
 * stored without their event, nor the reverse; the relay then publishes it on {@code venue.reference-events}.
 */
@Component
class MongoImportedDepartements implements ImportedDepartements {

    static final String COLLECTION = "departements";

    private final MongoTemplate mongo;
    private final ReferenceCommunes communes;
    private final OutboxSignal outbox;

    MongoImportedDepartements(MongoTemplate mongo, ReferenceCommunes communes,
            @Qualifier("referenceOutboxRelay") OutboxSignal outbox) {
        this.mongo = mongo;
        this.communes = communes;
        this.outbox = outbox;
    }

    @Override
    public long save(Departement departement, Instant importedAt) {
        Document current = mongo.findById(departement.code(), Document.class, COLLECTION);
        long version = (current == null ? 0 : ((Number) current.get("version")).longValue()) + 1;
        DepartementReferenceImported event = new DepartementReferenceImported(UUID.randomUUID(), importedAt,
                departement.code(), version, departement.communes().stream().map(c -> new DepartementReferenceImported
                        .Commune(c.code(), c.name(), c.postalCodes(), c.population(), c.epciSiren(), c.epciName(),
                        c.latitude(), c.longitude())).toList());
        Update update = new Update()
                .set("version", version)
                .set("importedAt", importedAt)
                .set("communes", departement.communes().stream().map(ReferenceDepartements::document).toList())
                .push(MongoOutboxRelay.OUTBOX_FIELD, OutboxEntry.of(event));
        mongo.findAndModify(Query.query(Criteria.where("_id").is(departement.code())), update,
                FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
        communes.use(departement);
        outbox.pending(departement.code());
        return version;
    }

    /** Every imported département, as stored. */
    static List<Departement> load(MongoTemplate mongo) {
        List<Departement> departements = new ArrayList<>();
        for (Document document : mongo.findAll(Document.class, COLLECTION)) {
            List<Commune> communes = document.getList("communes", Document.class).stream()
                    .map(ReferenceDepartements::commune).toList();
            departements.add(new Departement(document.getString("_id"), communes));
        }
        return departements;
    }
}
