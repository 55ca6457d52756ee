package fr.inclusion.orientation.referral.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralClosed;
import fr.inclusion.orientation.contracts.referral.ReferralDeclined;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralExpired;
import fr.inclusion.orientation.contracts.referral.ReferralRerouted;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.referral.flows.persistence.MongoFlowFacts;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

/**
 * Flows built from real referral events on the topic. Every test sends its referrals on a day of its own, long ago,
 * and asks for that day only, so that referrals of other tests never enter its counts.
 */
class FlowsApiTest extends RunningReferralService {

    private static final String BAR_LE_DUC = "55029";
    private static final String REVIGNY_EPCI = "245501184";
    private static final String COORD_MEUSE = TestJwts.coordinator("coord.meuse", "55");
    private static final String COORD_REVIGNY = TestJwts.coordinator("coord.revigny", REVIGNY_EPCI);
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private static KafkaProducer<byte[], byte[]> producer;

    @Autowired
    MongoFlowFacts facts;

    @BeforeAll
    static void openProducer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers(), "acks", "all"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void flowsCountReferralsByCommuneNeedAndStatusWithAcceptanceDelays() {
        LocalDate day = uniqueDay();
        Instant t0 = day.atTime(9, 0).atZone(FRANCE).toInstant();
        // Revigny: two accepted (2 h, 4 h), one of them closed resolved
        String r1 = sent(t0, REVIGNY, ADMIN_HELP);
        publish(new ReferralAccepted(UUID.randomUUID(), t0.plusSeconds(2 * 3600), r1, 2, "venue-a", ADMIN_HELP,
                REVIGNY, "staff"));
        publish(new ReferralClosed(UUID.randomUUID(), t0.plusSeconds(30 * 3600), r1, 3, "venue-a", ADMIN_HELP,
                REVIGNY, "staff", "resolved"));
        String r2 = sent(t0, REVIGNY, ADMIN_HELP);
        publish(new ReferralAccepted(UUID.randomUUID(), t0.plusSeconds(4 * 3600), r2, 2, "venue-a", ADMIN_HELP,
                REVIGNY, "staff"));
        // Sommeilles: one declined, one expired
        String r3 = sent(t0, SOMMEILLES, DAILY_TOOLS);
        publish(new ReferralDeclined(UUID.randomUUID(), t0.plusSeconds(3600), r3, 2, "venue-a", DAILY_TOOLS,
                SOMMEILLES, "staff", "mobilite"));
        String r4 = sent(t0, SOMMEILLES, ADMIN_HELP);
        publish(new ReferralExpired(UUID.randomUUID(), t0.plusSeconds(72 * 3600), r4, 2, "venue-a", ADMIN_HELP,
                SOMMEILLES, t0.plusSeconds(72 * 3600)));
        // Bar-le-Duc, another EPCI of Meuse: accepted after 10 h
        String r5 = sent(t0, BAR_LE_DUC, ADMIN_HELP);
        publish(new ReferralAccepted(UUID.randomUUID(), t0.plusSeconds(10 * 3600), r5, 2, "venue-a", ADMIN_HELP,
                BAR_LE_DUC, "staff"));

        JsonNode byStatus = awaitFlows(COORD_MEUSE, "55", day, "status",
                f -> f.get("totals").get("pending").asLong() == 0 && f.get("totals").get("sent").asLong() == 5
                        && f.get("totals").get("closed").asLong() == 1);
        assertThat(group(byStatus, "accepted").get("sent").asLong()).isEqualTo(2);
        assertThat(group(byStatus, "accepted").get("label").asString()).isEqualTo("Acceptée");
        JsonNode totals = byStatus.get("totals");
        assertThat(totals.get("accepted").asLong()).isEqualTo(3);
        assertThat(totals.get("declined").asLong()).isEqualTo(1);
        assertThat(totals.get("expired").asLong()).isEqualTo(1);
        assertThat(totals.get("acceptanceRate").asDouble()).isEqualTo(0.6);
        assertThat(totals.get("medianHoursToAccept").asDouble()).isEqualTo(4.0);
        assertThat(totals.get("p90HoursToAccept").asDouble()).isEqualTo(10.0);

        JsonNode byCommune = flows(COORD_MEUSE, "55", day, "commune");
        assertThat(byCommune.get("groups")).extracting(g -> g.get("key").asString())
                .containsExactly(BAR_LE_DUC, REVIGNY, SOMMEILLES);
        // statistical secrecy: by commune, a count from 1 to 4 is "< 5", 0 stays 0, small groups withhold rates
        assertThat(byCommune.get("secrecy").asBoolean()).isTrue();
        JsonNode revigny = group(byCommune, REVIGNY);
        assertThat(revigny.get("sent").isString()).isTrue();
        assertThat(revigny.get("sent").asString()).isEqualTo("< 5");
        assertThat(revigny.get("accepted").asString()).isEqualTo("< 5");
        assertThat(revigny.get("closed").asString()).isEqualTo("< 5");
        assertThat(revigny.get("declined").isNumber()).isTrue();
        assertThat(revigny.get("declined").asLong()).isZero();
        assertThat(revigny.get("outcomes").get("resolved").asString()).isEqualTo("< 5");
        assertThat(revigny.get("outcomes").get("no_show").asLong()).isZero();
        assertThat(revigny.has("acceptanceRate")).isFalse();
        assertThat(revigny.has("medianHoursToAccept")).isFalse();
        assertThat(revigny.get("secret").asBoolean()).isTrue();
        JsonNode sommeilles = group(byCommune, SOMMEILLES);
        assertThat(sommeilles.get("declined").asString()).isEqualTo("< 5");
        assertThat(sommeilles.get("expired").asString()).isEqualTo("< 5");
        assertThat(sommeilles.get("declinedReasons").get("mobilite").asString()).isEqualTo("< 5");
        assertThat(sommeilles.has("acceptanceRate")).isFalse();
        // the territory's totals are never hidden
        assertThat(byCommune.get("totals").get("sent").asLong()).isEqualTo(5);
        assertThat(byCommune.get("totals").get("declined").asLong()).isEqualTo(1);
        JsonNode byVenue = flows(COORD_MEUSE, "55", day, "venue");
        assertThat(group(byVenue, "venue-a").get("sent").asLong()).as("5 is shown").isEqualTo(5);
        assertThat(group(byVenue, "venue-a").get("accepted").asString()).isEqualTo("< 5");
        assertThat(group(byVenue, "venue-a").has("acceptanceRate")).isFalse();

        JsonNode byNeed = flows(COORD_MEUSE, "55", day, "need");
        assertThat(group(byNeed, ADMIN_HELP).get("sent").asLong()).isEqualTo(4);
        assertThat(group(byNeed, DAILY_TOOLS).get("sent").asLong()).isEqualTo(1);

        JsonNode byEpci = flows(COORD_MEUSE, "55", day, "epci");
        assertThat(byEpci.get("secrecy").asBoolean()).isFalse();
        assertThat(group(byEpci, "200033025").get("sent").isNumber()).as("no secrecy by EPCI").isTrue();
        assertThat(group(byEpci, REVIGNY_EPCI).get("sent").asLong()).isEqualTo(4);
        assertThat(group(byEpci, "200033025").get("sent").asLong()).isEqualTo(1);

        JsonNode epciCoordinator = flows(COORD_REVIGNY, null, day, "week");
        assertThat(epciCoordinator.get("territory").asString()).isEqualTo(REVIGNY_EPCI);
        assertThat(epciCoordinator.get("totals").get("sent").asLong())
                .as("Bar-le-Duc is outside the EPCI").isEqualTo(4);
        assertThat(epciCoordinator.get("groups").get(0).get("key").asString())
                .isEqualTo("%d-W%02d".formatted(day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                        day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));

        JsonNode epciFromDepartement = flows(COORD_MEUSE, REVIGNY_EPCI, day, "venue");
        assertThat(epciFromDepartement.get("totals").get("sent").asLong())
                .as("a département coordinator may look at one of its EPCI").isEqualTo(4);
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        LocalDate day = uniqueDay();
        Instant t0 = day.atTime(10, 0).atZone(FRANCE).toInstant();
        String id = sent(t0, REVIGNY, ADMIN_HELP);
        ReferralAccepted accepted = new ReferralAccepted(UUID.randomUUID(), t0.plusSeconds(3600), id, 2, "venue-a",
                ADMIN_HELP, REVIGNY, "staff");
        publish(accepted);
        publish(accepted);
        publish(new ReferralClosed(UUID.randomUUID(), t0.plusSeconds(7200), id, 3, "venue-a", ADMIN_HELP, REVIGNY,
                "staff", "partly_resolved"));

        JsonNode flows = awaitFlows(COORD_MEUSE, "55", day, "commune",
                f -> f.get("totals").get("closed").asLong() == 1);
        assertThat(flows.get("totals").get("sent").asLong()).isEqualTo(1);
        assertThat(flows.get("totals").get("accepted").asLong()).isEqualTo(1);
        Document row = mongo.findById(id, Document.class, "flow_facts");
        assertThat(row.getList("eventIds", String.class)).hasSize(3)
                .containsOnlyOnce(accepted.eventId().toString());

        assertThat(facts.apply(id, accepted.eventId().toString(), 2, Map.of("acceptedAt", t0)))
                .as("applying the same event again changes nothing").isFalse();
        assertThat(facts.byReferral(id).orElseThrow().acceptedAt()).isEqualTo(t0.plusSeconds(3600));
    }

    @Test
    void aRedeliveredEventRepairsTheStatusThatAStoreOutageLeftBehind() {
        LocalDate day = uniqueDay();
        Instant t0 = day.atTime(10, 0).atZone(FRANCE).toInstant();
        String id = sent(t0, REVIGNY, ADMIN_HELP);
        ReferralAccepted accepted = new ReferralAccepted(UUID.randomUUID(), t0.plusSeconds(3600), id, 2, "venue-a",
                ADMIN_HELP, REVIGNY, "staff");
        publish(accepted);
        awaitFlows(COORD_MEUSE, "55", day, "commune", f -> f.get("totals").get("accepted").asLong() == 1);
        // the row as the store keeps it when it went down between the event's two writes: the event is recorded
        // with its date, the status derived from the dates is not
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("status", "sent"), "flow_facts");

        assertThat(facts.apply(id, accepted.eventId().toString(), 2, Map.of("acceptedAt", t0.plusSeconds(3600))))
                .as("the event counts once").isFalse();

        assertThat(mongo.findById(id, Document.class, "flow_facts").getString("status")).isEqualTo("accepted");
    }

    /** Who reads which flows and escalations: coordinators their territory, admins any, nobody else. */
    @ParameterizedTest(name = "GET {0} as {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/flows?territory=55                     | coordinator-of-revigny | 403
            /api/flows?territory=54                     | coordinator-of-meuse   | 403
            /api/flows/export?format=csv&territory=54   | coordinator-of-meuse   | 403
            /api/flows?territory=200033025              | coordinator-elsewhere  | 403
            /api/flows                                  | secretary              | 403
            /api/flows/export?format=csv                | secretary              | 403
            /api/flows                                  | venue-staff            | 403
            /api/flows                                  | anonymous              | 401
            /api/flows?territory=54&groupBy=status      | admin                  | 200
            /api/escalations                            | anonymous              | 401
            /api/escalations                            | secretary              | 403
            /api/escalations                            | venue-staff            | 403
            /api/escalations?territory=55               | coordinator-of-revigny | 403
            /api/escalations                            | coordinator-of-revigny | 200
            /api/escalations?territory=54               | admin                  | 200
            """)
    void flowsAndEscalationsAreForTheTerritorysCoordinatorsAndAdmins(String path, String caller, int status) {
        HttpResponse<String> response = get(path, tokenOf(caller));
        if (status >= 400) {
            TestHttp.assertProblem(response, status);
        } else {
            TestHttp.assertStatus(response, status);
        }
    }

    private static String tokenOf(String caller) {
        return switch (caller) {
            case "anonymous" -> null;
            case "secretary" -> TestJwts.secretary("secretaire.revigny", REVIGNY);
            case "venue-staff" -> TestJwts.venueStaff("lieu.franceservices", "demo-revigny-france-services");
            case "coordinator-of-revigny" -> COORD_REVIGNY;
            case "coordinator-of-meuse" -> COORD_MEUSE;
            case "coordinator-elsewhere" -> TestJwts.coordinator("coord.ailleurs", "200066108");
            case "admin" -> TestJwts.admin("admin");
            default -> throw new IllegalArgumentException(caller);
        };
    }

    @Test
    void aCoordinatorRefusedAnotherTerritoryIsToldTheirOwn() {
        JsonNode problem = TestHttp.assertProblem(get("/api/flows?territory=54", COORD_MEUSE), 403);
        assertThat(problem.get("detail").asString()).contains("55");
        TestHttp.assertProblem(get("/api/escalations?territory=55", COORD_REVIGNY), 403, "territory-forbidden");
    }

    @Test
    void anAdminChoosesTheTerritory() {
        HttpResponse<String> any = get("/api/flows?territory=54&groupBy=status", TestJwts.admin("admin"));
        assertThat(any.statusCode()).as(any.body()).isEqualTo(200);
        assertThat(json(any).get("territory").asString()).isEqualTo("54");

        HttpResponse<String> none = get("/api/flows", TestJwts.admin("admin"));
        assertProblem(none, 400);
        assertThat(fields(none)).containsExactly("territory");
    }

    @Test
    void badParametersAreListedAsFieldErrors() {
        HttpResponse<String> response = get("/api/flows?territory=Meuse&from=hier&to=2026-13-01&groupBy=person",
                COORD_MEUSE);
        assertProblem(response, 400);
        assertThat(fields(response)).containsExactlyInAnyOrder("territory", "from", "to", "groupBy");
        assertThat(response.body()).contains("commune, epci, need, venue, week, status");

        HttpResponse<String> reversed = get("/api/flows?from=2026-03-01&to=2026-02-01", COORD_MEUSE);
        assertProblem(reversed, 400);
        assertThat(fields(reversed)).containsExactly("from");

        HttpResponse<String> format = get("/api/flows/export?format=xlsx", COORD_MEUSE);
        assertProblem(format, 400);
        assertThat(fields(format)).containsExactly("format");
    }

    @Test
    void exportGivesTheGroupsAsCsvWithFrenchHeaders() {
        LocalDate day = uniqueDay();
        Instant t0 = day.atTime(14, 0).atZone(FRANCE).toInstant();
        String id = sent(t0, SOMMEILLES, DAILY_TOOLS);
        publish(new ReferralDeclined(UUID.randomUUID(), t0.plusSeconds(600), id, 2, "venue-a", DAILY_TOOLS,
                SOMMEILLES, "staff", "doublon"));
        sent(t0, SOMMEILLES, DAILY_TOOLS);
        awaitFlows(COORD_MEUSE, "55", day, "commune", f -> f.get("totals").get("declined").asLong() == 1
                && f.get("totals").get("sent").asLong() == 2);

        HttpResponse<String> csv = get("/api/flows/export?format=csv&territory=55&groupBy=commune&from=" + day
                + "&to=" + day, COORD_MEUSE);

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment").contains(".csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment; filename=\"flux-55-commune-").endsWith(".csv\""));
        assertThat(csv.body()).as("UTF-8 with a byte order mark").startsWith("\uFEFF");
        List<String> lines = csv.body().substring(1).lines().toList();
        assertThat(csv.body()).contains("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("groupe;libellé;envoyées;acceptées;refusées;expirées;annulées")
                .contains("refus doublon");
        List<String> header = List.of(lines.get(0).split(";"));
        List<String> sommeilles = List.of(lines.get(1).split(";", -1));
        assertThat(sommeilles.get(0)).isEqualTo(SOMMEILLES);
        assertThat(sommeilles.get(header.indexOf("envoyées"))).as("statistical secrecy").isEqualTo("< 5");
        assertThat(sommeilles.get(header.indexOf("refusées"))).isEqualTo("< 5");
        assertThat(sommeilles.get(header.indexOf("en attente"))).isEqualTo("< 5");
        assertThat(sommeilles.get(header.indexOf("acceptées"))).isEqualTo("0");
        assertThat(sommeilles.get(header.indexOf("refus doublon"))).isEqualTo("< 5");
        assertThat(sommeilles.get(header.indexOf("taux d'acceptation"))).isEmpty();
        assertThat(lines.get(2)).as("totals unchanged").startsWith("total;;2;0;1;");
        List<String> total = List.of(lines.get(2).split(";", -1));
        assertThat(total.get(header.indexOf("taux d'acceptation"))).isEqualTo("0,0");

        HttpResponse<String> byStatus = get("/api/flows/export?format=csv&territory=55&groupBy=status&from=" + day
                + "&to=" + day, COORD_MEUSE);
        List<String> statusLines = byStatus.body().substring(1).lines().toList();
        assertThat(statusLines).anySatisfy(l -> assertThat(l).startsWith("declined;Refusée;1;"));
    }

    @Test
    void flowsNeverShowTheResidentOfAReferralCreatedThroughTheApi() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String firstName = "Ghislaine" + UUID.randomUUID().toString().substring(0, 8);
        String phone = "06 98 76 54 32";
        HttpResponse<String> created = post("/api/referrals", """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"%s","contact":{"channel":"phone","value":"%s"},"commune":"%s"},
                 "constraints":["free"],"note":"Note de %s","consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venue, ADMIN_HELP, firstName, phone, REVIGNY, firstName),
                TestJwts.secretary("secretaire.revigny", REVIGNY), UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.byReferral(id).isPresent());
        assertThat(facts.byReferral(id).orElseThrow().venueId()).isEqualTo(venue);

        List<String> bodies = new ArrayList<>();
        for (String groupBy : List.of("commune", "epci", "need", "venue", "week", "status")) {
            for (String token : List.of(COORD_MEUSE, COORD_REVIGNY)) {
                HttpResponse<String> flows = get("/api/flows?groupBy=" + groupBy, token);
                assertThat(flows.statusCode()).as(flows.body()).isEqualTo(200);
                bodies.add(flows.body());
                bodies.add(get("/api/flows/export?format=csv&groupBy=" + groupBy, token).body());
            }
        }
        assertThat(String.join("\n", bodies)).as("the referral is counted").contains(venue)
                .doesNotContain(firstName).doesNotContain(phone).doesNotContain("0698765432")
                .doesNotContain(id);
        assertThat(mongo.findById(id, Document.class, "flow_facts").toJson()).doesNotContain(firstName)
                .doesNotContain(phone);
    }

    @Test
    void venueGroupsAreNamedAsTheVenuesReadModelKnowsThemOnScreenAndInTheExport() {
        LocalDate day = uniqueDay();
        String venue = registeredVenue(List.of(ADMIN_HELP));
        Instant t0 = day.atTime(10, 0).atZone(FRANCE).toInstant();
        for (int i = 0; i < 5; i++) {
            publish(new ReferralSent(UUID.randomUUID(), t0, "flow-" + UUID.randomUUID(), 1, venue, ADMIN_HELP,
                    REVIGNY, "secretary", List.of(), null, null));
        }
        sent(t0, REVIGNY, ADMIN_HELP); // venue-a: unknown to the read model, listed by its id alone

        await().atMost(Duration.ofSeconds(30)).until(() -> flows(COORD_MEUSE, "55", day, "venue").get("totals")
                .get("sent").asLong() == 6);
        JsonNode byVenue = flows(COORD_MEUSE, "55", day, "venue");
        assertThat(group(byVenue, venue).get("label").asString()).isEqualTo("Lieu de test " + venue.substring(0, 12));
        assertThat(group(byVenue, "venue-a").has("label")).isFalse();
        String csv = get("/api/flows/export?format=csv&groupBy=venue&territory=55&from=" + day + "&to=" + day,
                COORD_MEUSE).body();
        assertThat(csv).contains(venue + ";Lieu de test " + venue.substring(0, 12) + ";5;")
                .contains("venue-a;;< 5;");
    }

    @Test
    void escalationsListExpiredReferralsOfTheTerritoryWithoutTheResident() {
        LocalDate day = uniqueDay();
        Instant t0 = day.atTime(9, 0).atZone(FRANCE).toInstant();
        Instant expiry = t0.plusSeconds(72 * 3600);
        String revigny = sent(t0, REVIGNY, ADMIN_HELP);
        publish(new ReferralExpired(UUID.randomUUID(), expiry, revigny, 2, "venue-a", ADMIN_HELP, REVIGNY, expiry));
        publish(new ReferralEscalated(UUID.randomUUID(), expiry, revigny, 3, "venue-a", ADMIN_HELP, REVIGNY,
                REVIGNY_EPCI, "55"));
        String barLeDuc = sent(t0, BAR_LE_DUC, DAILY_TOOLS);
        publish(new ReferralExpired(UUID.randomUUID(), expiry, barLeDuc, 2, "venue-a", DAILY_TOOLS, BAR_LE_DUC,
                expiry));
        publish(new ReferralEscalated(UUID.randomUUID(), expiry.plusSeconds(60), barLeDuc, 3, "venue-a",
                DAILY_TOOLS, BAR_LE_DUC, "200033025", "55"));
        sent(t0, REVIGNY, ADMIN_HELP); // still waiting: not an escalation
        // expired before escalations were projected: its expiry stands for the escalation written with it
        String older = sent(t0, SOMMEILLES, ADMIN_HELP);
        publish(new ReferralExpired(UUID.randomUUID(), expiry.minusSeconds(60), older, 2, "venue-a", ADMIN_HELP,
                SOMMEILLES, expiry.minusSeconds(60)));
        LocalDate escalated = expiry.atZone(FRANCE).toLocalDate();
        String period = "&from=" + escalated + "&to=" + escalated;

        await().atMost(Duration.ofSeconds(30)).until(() -> json(get("/api/escalations?territory=55" + period,
                COORD_MEUSE)).get("total").asLong() == 3);
        HttpResponse<String> meuse = get("/api/escalations?territory=55" + period, COORD_MEUSE);
        assertThat(meuse.statusCode()).as(meuse.body()).isEqualTo(200);
        JsonNode page = json(meuse);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("items")).extracting(i -> i.get("referralId").asString())
                .containsExactly(barLeDuc, revigny, older);
        assertThat(OffsetDateTime.parse(page.get("items").get(2).get("escalatedAt").asString()).toInstant())
                .isEqualTo(expiry.minusSeconds(60));
        JsonNode first = page.get("items").get(1);
        assertThat(first.get("venue").get("id").asString()).isEqualTo("venue-a");
        assertThat(first.get("venue").has("name")).isTrue();
        assertThat(first.get("commune").asString()).isEqualTo(REVIGNY);
        assertThat(first.get("need").asString()).isEqualTo(ADMIN_HELP);
        assertThat(OffsetDateTime.parse(first.get("sentAt").asString()).toInstant()).isEqualTo(t0);
        assertThat(OffsetDateTime.parse(first.get("expiredAt").asString()).toInstant()).isEqualTo(expiry);
        assertThat(OffsetDateTime.parse(first.get("escalatedAt").asString()).toInstant()).isEqualTo(expiry);
        assertThat(first.get("hoursWithoutAnswer").asLong()).isEqualTo(72);
        assertThat(first.get("lateByHours").asLong())
                .isEqualTo(Duration.between(expiry, Instant.now()).toHours());

        JsonNode epci = json(get("/api/escalations?territory=" + REVIGNY_EPCI + period, COORD_REVIGNY));
        assertThat(epci.get("items")).extracting(i -> i.get("referralId").asString())
                .containsExactly(revigny, older);
        JsonNode own = json(get("/api/escalations?size=1" + period, COORD_REVIGNY));
        assertThat(own.get("territory").asString()).isEqualTo(REVIGNY_EPCI);
        assertThat(own.get("items")).hasSize(1);

        JsonNode second = json(get("/api/escalations?territory=55&size=1&page=1" + period, COORD_MEUSE));
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("items")).extracting(i -> i.get("referralId").asString()).containsExactly(revigny);

        assertThat(json(get("/api/escalations?territory=54" + period, TestJwts.admin("admin"))).get("total")
                .asLong()).isZero();
        assertThat(first.path("reroutedTo").isString()).as("not re-routed yet").isFalse();

        // once someone re-routes it, the alert names the referral that replaced it
        publish(new ReferralRerouted(UUID.randomUUID(), expiry.plusSeconds(3600), revigny, 4, "venue-a", ADMIN_HELP,
                REVIGNY, "coordinator", "replacement-" + revigny, "venue-b"));
        await().atMost(Duration.ofSeconds(30)).until(() -> json(get("/api/escalations?territory=" + REVIGNY_EPCI
                + period, COORD_REVIGNY)).get("items").get(0).get("reroutedTo").asString("")
                .equals("replacement-" + revigny));
    }

    @Test
    void badEscalationParametersAreListedAsFieldErrors() {
        HttpResponse<String> bad = get("/api/escalations?size=0&page=-1&from=hier", COORD_MEUSE);
        assertProblem(bad, 400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("size", "page", "from");
    }

    @Test
    void escalationsNeverShowTheResidentOfAReferralCreatedThroughTheApi() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String firstName = "Ghislaine" + UUID.randomUUID().toString().substring(0, 8);
        String phone = "06 12 34 56 78";
        HttpResponse<String> created = post("/api/referrals", """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"%s","contact":{"channel":"phone","value":"%s"},"commune":"%s"},
                 "constraints":[],"note":"Note de %s","consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venue, ADMIN_HELP, firstName, phone, REVIGNY, firstName),
                TestJwts.secretary("secretaire.revigny", REVIGNY), UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).get("id").asString();
        Instant now = Instant.now();
        publish(new ReferralExpired(UUID.randomUUID(), now, id, 90, venue, ADMIN_HELP, REVIGNY, now));
        publish(new ReferralEscalated(UUID.randomUUID(), now, id, 91, venue, ADMIN_HELP, REVIGNY, REVIGNY_EPCI,
                "55"));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/escalations?size=100", COORD_REVIGNY).body()
                .contains(id));

        String body = get("/api/escalations?size=100", COORD_REVIGNY).body()
                + get("/api/escalations?size=100&territory=" + REVIGNY_EPCI, TestJwts.admin("admin")).body();
        assertThat(body).contains(id).contains(venue).doesNotContain(firstName).doesNotContain(phone)
                .doesNotContain("0612345678").doesNotContain("firstName").doesNotContain("contact")
                .doesNotContain("resident").doesNotContain("Note de");
    }

    private static LocalDate uniqueDay() {
        return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
    }

    private String sent(Instant at, String commune, String need) {
        String id = "flow-" + UUID.randomUUID();
        publish(new ReferralSent(UUID.randomUUID(), at, id, 1, "venue-a", need, commune, "secretary", List.of(),
                null, null));
        return id;
    }

    private static void publish(ReferralEvent event) {
        try {
            producer.send(new ProducerRecord<>(Topics.REFERRAL_EVENTS,
                    event.referralId().getBytes(StandardCharsets.UTF_8), EventCodec.write(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode flows(String token, String territory, LocalDate day, String groupBy) {
        HttpResponse<String> response = get("/api/flows?" + (territory == null ? "" : "territory=" + territory + "&")
                + "from=" + day + "&to=" + day + "&groupBy=" + groupBy, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private JsonNode awaitFlows(String token, String territory, LocalDate day, String groupBy,
            java.util.function.Predicate<JsonNode> ready) {
        List<JsonNode> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            last.clear();
            last.add(flows(token, territory, day, groupBy));
            return ready.test(last.get(0));
        });
        return last.get(0);
    }

    private static List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static JsonNode group(JsonNode flows, String key) {
        for (JsonNode group : flows.get("groups")) {
            if (group.get("key").asString().equals(key)) {
                return group;
            }
        }
        throw new AssertionError("no group " + key + " in " + flows);
    }
}
