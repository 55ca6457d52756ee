package fr.inclusion.orientation.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import fr.inclusion.orientation.contracts.reference.DepartementReferenceImported;
import fr.inclusion.orientation.contracts.reference.ReferenceEvent;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.contracts.venue.VenueAvailabilityChanged;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.contracts.venue.VenueWithdrawn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventContractsTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String[]> everyEventType() {
        return EventSamples.streams().stream()
                .flatMap(stream -> EventSamples.typesOf(stream).stream()
                        .map(type -> new String[] {stream.getName(), type}));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyEventType")
    void sampleValidatesAgainstItsSchemaAndDeserialisesToItsType(String streamName, String type) throws Exception {
        @SuppressWarnings("unchecked")
        Class<? extends DomainEvent> stream = (Class<? extends DomainEvent>) Class.forName(streamName);
        String sample = EventSamples.sample(type);
        Schema schema = SCHEMAS.getSchema(EventSamples.schema(type));

        assertThat(schema.validate(JSON.readTree(sample))).isEmpty();

        DomainEvent event = EventCodec.read(sample, stream);
        assertThat(event.type()).isEqualTo(type);
        assertThat(event.eventId()).isNotNull();
        assertThat(event.aggregateId()).isNotBlank();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyEventType")
    void serialisedEventValidatesAgainstItsSchemaAndRoundTrips(String streamName, String type) throws Exception {
        @SuppressWarnings("unchecked")
        Class<? extends DomainEvent> stream = (Class<? extends DomainEvent>) Class.forName(streamName);
        DomainEvent event = EventCodec.read(EventSamples.sample(type), stream);

        String written = EventCodec.writeString(event);
        JsonNode tree = JSON.readTree(written);

        assertThat(tree.get("type").asString()).isEqualTo(type);
        assertThat(tree.has("aggregateId")).as("aggregateId is not on the wire").isFalse();
        assertThat(SCHEMAS.getSchema(EventSamples.schema(type)).validate(tree)).isEmpty();
        assertThat(EventCodec.read(written, stream)).isEqualTo(event);
    }

    @Test
    void schemaRejectsAMessageMissingARequiredField() {
        String sample = EventSamples.sample(ReferralSent.TYPE).replace("\"communeCode\"", "\"communeCodeX\"");
        Schema schema = SCHEMAS.getSchema(EventSamples.schema(ReferralSent.TYPE));

        assertThat(schema.validate(JSON.readTree(sample))).isNotEmpty();
    }

    @Test
    void unknownWireTypeIsRefused() {
        String sample = EventSamples.sample(ReferralSent.TYPE).replace("\"ReferralSent\"", "\"ReferralTeleported\"");

        assertThatThrownBy(() -> EventCodec.read(sample, ReferralEvent.class)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void additiveFieldsAreIgnoredByConsumers() {
        String sample = EventSamples.sample(ReferralSent.TYPE).replaceFirst("\\{", "{\"addedLater\":42,");

        assertThat(EventCodec.read(sample, ReferralEvent.class)).isInstanceOf(ReferralSent.class);
    }

    @Test
    void noEventCarriesResidentIdentityOrContact() {
        List<String> forbidden = List.of("firstname", "lastname", "resident", "contact", "phone", "email", "message", "note");
        Stream.of(VenueEvent.class, ReferralEvent.class)
                .flatMap(stream -> Arrays.stream(stream.getPermittedSubclasses()))
                .filter(c -> c.getPackageName().endsWith("referral"))
                .flatMap(c -> Arrays.stream(c.getRecordComponents()))
                .map(RecordComponent::getName)
                .map(n -> n.toLowerCase(Locale.ROOT))
                .forEach(name -> assertThat(forbidden).noneMatch(name::contains));
    }

    @Test
    void aDepartementReferenceCarriesEveryCommuneKeyedByItsDepartement() {
        ReferenceEvent event = EventCodec.read(EventSamples.sample(DepartementReferenceImported.TYPE),
                ReferenceEvent.class);

        assertThat(event.aggregateId()).isEqualTo("985");
        DepartementReferenceImported imported = (DepartementReferenceImported) event;
        assertThat(imported.communes()).containsExactly(
                new DepartementReferenceImported.Commune("98501", "Anse-aux-Lucioles", List.of("98510"), 1200,
                        "200099001", "CC de l'Archipel Inventé", -12.5, 45.25),
                new DepartementReferenceImported.Commune("98502", "Îlot-Sans-EPCI", List.of("98520", "98521"), 0,
                        "", "", -12.61, 45.1));
        assertThat(Topics.REFERENCE_EVENTS).isEqualTo("venue.reference-events");
    }

    @Test
    void aDepartementReferenceWithoutCommunesOrWithACorsicanTwentyBreaksItsSchema() {
        Schema schema = SCHEMAS.getSchema(EventSamples.schema(DepartementReferenceImported.TYPE));
        String sample = EventSamples.sample(DepartementReferenceImported.TYPE);

        assertThat(schema.validate(JSON.readTree(sample.replace("\"departement\": \"985\"",
                "\"departement\": \"20\"")))).hasSize(1);
        String noCommune = sample.replaceAll("(?s)\"communes\": \\[.*\\]", "\"communes\": []");
        assertThat(schema.validate(JSON.readTree(noCommune))).hasSize(1);
    }

    @Test
    void everyWireTypeIsTheRecordSimpleNameAndUnique() {
        List<String> all = EventSamples.streams().stream().flatMap(s -> EventSamples.typesOf(s).stream()).toList();
        assertThat(all).doesNotHaveDuplicates().hasSize(14);
    }

    @Test
    void aVenueSnapshotWrittenBeforeWeeklyCapacityExistedReadsWithoutCapacity() {
        assertThat(EventSamples.sample(VenueUpdated.TYPE)).doesNotContain("weeklyCapacity");

        VenueEvent event = EventCodec.read(EventSamples.sample(VenueUpdated.TYPE), VenueEvent.class);

        assertThat(event.venue().weeklyCapacity()).isNull();
    }

    @Test
    void aVenueSnapshotWrittenBeforeAnswerDelayExistedReadsWithTheDefaultDelay() {
        assertThat(EventSamples.sample(VenueWithdrawn.TYPE)).doesNotContain("answerDelayDays");

        VenueEvent event = EventCodec.read(EventSamples.sample(VenueWithdrawn.TYPE), VenueEvent.class);

        assertThat(event.venue().answerDelayDays()).as("null means the network's default").isNull();
    }

    @Test
    void theSnapshotConstructorsOfOlderShapesLeaveTheAnswerDelayUnset() {
        VenueSnapshot full = EventCodec.read(EventSamples.sample(VenueAvailabilityChanged.TYPE), VenueEvent.class)
                .venue();
        VenueSnapshot withCapacity = new VenueSnapshot(full.id(), full.pivot(), full.nom(), full.commune(),
                full.codePostal(), full.codeInsee(), full.adresse(), full.complementAdresse(), full.latitude(),
                full.longitude(), full.typologie(), full.telephone(), full.courriels(), full.siteWeb(),
                full.horaires(), full.presentationResume(), full.source(), full.structureParente(), full.dateMaj(),
                full.services(), full.publicsSpecifiquementAdresses(), full.priseEnChargeSpecifique(),
                full.fraisACharge(), full.itinerance(), full.modalitesAcces(), full.modalitesAccompagnement(),
                full.dispositifProgrammesNationaux(), full.stops(), full.intakePaused(), full.active(),
                full.weeklyCapacity());

        assertThat(withCapacity.weeklyCapacity()).isEqualTo(12);
        assertThat(withCapacity.answerDelayDays()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "21", "-3"})
    void anAnswerDelayOutsideOneToTwentyWorkingDaysBreaksTheSchema(String days) {
        String sample = EventSamples.sample(VenueAvailabilityChanged.TYPE)
                .replace("\"answerDelayDays\": 5", "\"answerDelayDays\": " + days);
        assertThat(sample).contains("\"answerDelayDays\": " + days);

        assertThat(SCHEMAS.getSchema(EventSamples.schema(VenueAvailabilityChanged.TYPE)).validate(
                JSON.readTree(sample))).isNotEmpty();
    }

    @Test
    void anAvailabilityChangeCarriesIntakeCapacityAndAnswerDelayInItsSnapshot() {
        VenueEvent event = EventCodec.read(EventSamples.sample(VenueAvailabilityChanged.TYPE), VenueEvent.class);

        assertThat(event).isInstanceOf(VenueAvailabilityChanged.class);
        assertThat(event.venue().intakePaused()).isTrue();
        assertThat(event.venue().weeklyCapacity()).isEqualTo(12);
        assertThat(event.venue().answerDelayDays()).isEqualTo(5);
        assertThat(event.venue().nom()).as("the full snapshot, not only the availability").isNotBlank();
    }

    @Test
    void aWithdrawalOfAVenueStillMarkedActiveBreaksItsSchema() {
        String sample = EventSamples.sample(VenueWithdrawn.TYPE).replace("\"active\": false", "\"active\": true");
        assertThat(sample).contains("\"active\": true");

        assertThat(SCHEMAS.getSchema(EventSamples.schema(VenueWithdrawn.TYPE)).validate(JSON.readTree(sample)))
                .isNotEmpty();
    }

    @Test
    void aNegativeWeeklyCapacityBreaksTheSchema() {
        String sample = EventSamples.sample(VenueAvailabilityChanged.TYPE)
                .replace("\"weeklyCapacity\": 12", "\"weeklyCapacity\": -1");
        assertThat(sample).contains("-1");

        assertThat(SCHEMAS.getSchema(EventSamples.schema(VenueAvailabilityChanged.TYPE)).validate(
                JSON.readTree(sample))).isNotEmpty();
    }
}
