package fr.inclusion.orientation.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.http.HttpMethod;
import org.springframework.data.annotation.Version;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.support.outbox.OutboxEntry;
import fr.inclusion.orientation.support.outbox.OutboxSignal;
import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.support.security.EndpointRoles;
import fr.inclusion.orientation.support.web.ImportEndpoints;

/** A minimal service using the support the way the real services do. */
@SpringBootApplication
@OrientationService
public class SupportTestApplication {

    static final String COLLECTION = "things";
    static final String FACTS = "thing_facts";
    static final String BLOCKED = "blocked_names";

    @Bean
    MongoOutboxRelay thingsRelay(MongoTemplate mongo, StreamBridge bridge) {
        return new MongoOutboxRelay(mongo, bridge, COLLECTION, "thingEvents-out-0", Duration.ofMillis(100), 50);
    }

    @Bean
    EndpointRoles thingRoles() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/things").hasRole("admin");
    }

    @Bean
    ImportEndpoints thingImport() {
        return ImportEndpoints.post("/api/things/import");
    }

    /**
     * A consumer the way the real services write theirs: decodes with {@link EventCodec}, refuses invalid content
     * (a name on the {@value #BLOCKED} list of the store), and applies each event once, in order per key, in one
     * write to the store (the event ids of a key, in the order applied).
     */
    @Bean
    Consumer<Message<byte[]>> thingFacts(MongoTemplate mongo) {
        return message -> {
            VenueEvent event = EventCodec.read(message.getPayload(), VenueEvent.class);
            if (mongo.exists(Query.query(Criteria.where("_id").is(event.venue().nom())), BLOCKED)) {
                throw new IllegalArgumentException("Thing name refused");
            }
            String eventId = event.eventId().toString();
            try {
                mongo.upsert(Query.query(Criteria.where("_id").is(event.venueId()).and("events").ne(eventId)),
                        new Update().push("events", eventId), FACTS);
            } catch (DuplicateKeyException alreadyApplied) {
                // the key's document exists and holds this event: applied before
            }
        };
    }

    public static VenueRegistered event(String id, String name) {
        return new VenueRegistered(UUID.randomUUID(), Instant.now(), id, 1,
                new VenueSnapshot(id, "12345678901234", name, "Revigny-sur-Ornain", "55800", "55427",
                        "1 rue", null, 48.8, 4.98, List.of("RFS"), List.of(), List.of(), List.of(), null, null,
                        null, null, java.time.LocalDate.now(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), false, true, null, null));
    }

    @Document(COLLECTION)
    record Thing(@Id String id, @Version Long version, String name, List<OutboxEntry> outbox) {
    }

    record NewThing(@NotBlank(message = "obligatoire") String name) {
    }

    @RestController
    static class ThingController {

        private final MongoTemplate mongo;
        private final OutboxSignal outbox;

        ThingController(MongoTemplate mongo, OutboxSignal outbox) {
            this.mongo = mongo;
            this.outbox = outbox;
        }

        @GetMapping("/api/me")
        Map<String, Object> me(@AuthenticationPrincipal Jwt jwt) {
            Caller caller = Caller.from(jwt);
            return Map.of("id", caller.id(), "roles", caller.roles(), "communes", caller.communes());
        }

        @PostMapping("/api/things")
        Thing create(@Valid @RequestBody NewThing body) {
            String id = UUID.randomUUID().toString();
            VenueRegistered event = event(id, body.name());
            Thing thing = mongo.insert(new Thing(id, null, body.name(), new ArrayList<>(List.of(OutboxEntry.of(event)))));
            outbox.pending(id);
            return thing;
        }

        @GetMapping(value = "/api/things/export", produces = "text/csv")
        String export() {
            return "name\n" + String.join("\n", mongo.findAll(Thing.class).stream().map(Thing::name).toList());
        }

        @GetMapping("/api/things/{id}")
        Thing thing(@org.springframework.web.bind.annotation.PathVariable String id) {
            return mongo.findById(id, Thing.class);
        }

        /** A file import reads its body itself, as a stream. */
        @PostMapping("/api/things/import")
        Map<String, Object> importThings(HttpServletRequest request) throws IOException {
            return Map.of("bytes", request.getInputStream().readAllBytes().length);
        }

        @GetMapping("/api/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail");
        }
    }
}
