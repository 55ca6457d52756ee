package fr.inclusion.orientation.web.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.web.FakeServices.Received;

/** "Mon lieu": the staff's venue, its intake, its availability and the corrections they propose. */
class MyVenuePageTest extends VenuePagesTestSupport {

    private static final String VENUE = "/api/venues/" + Samples.VENUE_ID;
    private static final String AVAILABILITY = VENUE + "/availability";
    private static final String PROPOSALS = VENUE + "/proposals";

    @BeforeEach
    void anOpenVenue() {
        SERVICES.answer("GET", VENUE, 200, Samples.venue(false, 12, 2));
    }

    @Test
    void theStaffSeeTheirVenueWithItsIntakeAvailabilityAndRecord() {
        HttpResponse<String> response = get("/mon-lieu", STAFF);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        Element venue = page.selectFirst("#mon-lieu");
        assertThat(venue.select("h1").text()).isEqualTo("Mon lieu : France Services Revigny-sur-Ornain (démo)");
        Element intake = page.selectFirst("#accueil");
        assertThat(intake.text()).isEqualTo("Suspendre l'accueil des orientations");
        assertThat(intake.closest("form").select("input[name=pause]").val()).isEqualTo("true");
        assertThat(page.select("#disponibilite-capacite").val()).isEqualTo("12");
        assertThat(page.select("#disponibilite-delai").val()).isEqualTo("2");
        assertThat(page.select("#correction-horaires").val()).isEqualTo("Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00");
        assertThat(page.select("#correction-telephone").text()).isEqualTo("+33300000001");
        for (Element field : page.select("main input:not([type=hidden]), main textarea")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as(field.id()).hasSize(1);
        }
        assertThat(SERVICES.received("GET", VENUE).getFirst().authorization()).isEqualTo("Bearer " + STAFF);
    }

    @Test
    void pausingIntakeKeepsTheCapacityAndTheDelay() {
        SERVICES.answer("POST", AVAILABILITY, 200, Samples.venue(true, 12, 2));

        HttpResponse<String> response = post("/mon-lieu/accueil", STAFF, Map.of("pause", "true"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/mon-lieu?confirmation=accueil-suspendu");
        Received change = SERVICES.received("POST", AVAILABILITY).getFirst();
        assertThat(change.authorization()).isEqualTo("Bearer " + STAFF);
        assertThat(change.body()).isEqualTo("{\"intakePaused\":true,\"weeklyCapacity\":12,\"answerDelayDays\":2}");
    }

    @Test
    void aPausedVenueOffersToResume() {
        SERVICES.answer("GET", VENUE, 200, Samples.venue(true, null, null));

        Document page = html(get("/mon-lieu?confirmation=accueil-suspendu", STAFF));

        assertThat(page.select(".notice--success").text()).startsWith("L'accueil des orientations est suspendu");
        assertThat(page.select("#accueil").text()).isEqualTo("Reprendre l'accueil des orientations");
        assertThat(page.select("#accueil-form input[name=pause]").val()).isEqualTo("false");
        assertThat(page.select("#disponibilite-capacite").val()).isEmpty();
    }

    @Test
    void theAvailabilityIsSentWithTheCurrentIntake() {
        SERVICES.answer("POST", AVAILABILITY, 200, Samples.venue(false, 8, 5));

        HttpResponse<String> response = post("/mon-lieu/disponibilite", STAFF,
                Map.of("weeklyCapacity", " 8 ", "answerDelayDays", "5"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/mon-lieu?confirmation=disponibilite");
        assertThat(SERVICES.received("POST", AVAILABILITY).getFirst().body())
                .isEqualTo("{\"intakePaused\":false,\"weeklyCapacity\":8,\"answerDelayDays\":5}");
    }

    @Test
    void aCapacityThatIsNotANumberIsShownNextToItsFieldWithoutAskingTheService() {
        HttpResponse<String> response = post("/mon-lieu/disponibilite", STAFF,
                Map.of("weeklyCapacity", "dix", "answerDelayDays", "3"));

        assertThat(response.statusCode()).isEqualTo(400);
        Element form = html(response).selectFirst("form#disponibilite");
        assertThat(form.select(".field--error .error-message").text())
                .isEqualTo("Erreur : Saisissez un nombre entier, par exemple 10, ou laissez le champ vide.");
        assertThat(form.select("[autofocus]")).singleElement().extracting(Element::id)
                .isEqualTo("disponibilite-capacite");
        assertThat(form.select("#disponibilite-capacite").val()).isEqualTo("dix");
        assertThat(form.select("#disponibilite-capacite").attr("aria-invalid")).isEqualTo("true");
        assertThat(SERVICES.received("POST", AVAILABILITY)).isEmpty();
    }

    @Test
    void aDelayTheServiceRefusesIsShownNextToTheDelay() {
        SERVICES.answer("POST", AVAILABILITY, 400, Samples.validation("answerDelayDays",
                "délai de réponse en jours ouvrés, de 1 à 20"));

        HttpResponse<String> response = post("/mon-lieu/disponibilite", STAFF,
                Map.of("weeklyCapacity", "", "answerDelayDays", "30"));

        assertThat(response.statusCode()).isEqualTo(400);
        Element form = html(response).selectFirst("form#disponibilite");
        assertThat(form.select(".field--error .error-message").text())
                .isEqualTo("Erreur : Délai de réponse en jours ouvrés, de 1 à 20");
        assertThat(form.select(".error-summary a").attr("href")).isEqualTo("#disponibilite-delai");
        assertThat(form.select("[autofocus]")).singleElement().extracting(Element::id).isEqualTo("disponibilite-delai");
        assertThat(SERVICES.received("POST", AVAILABILITY).getFirst().body())
                .isEqualTo("{\"intakePaused\":false,\"weeklyCapacity\":null,\"answerDelayDays\":30}");
    }

    @Test
    void aCorrectionProposesOnlyTheFieldsChanged() {
        SERVICES.answer("POST", PROPOSALS, 201, "{\"id\":\"p-1\",\"status\":\"pending\"}");
        Map<String, String> form = currentForm();
        form.put("horaires", "Mo-Fr 09:00-12:00; Sa 09:00-12:00");
        form.put("telephone", "+33300000001\r\n03 29 00 00 02\r\n");
        form.put("comment", "Nouveaux horaires depuis décembre.");

        HttpResponse<String> response = post("/mon-lieu/correction", STAFF, form);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/mon-lieu?confirmation=correction");
        Received proposal = SERVICES.received("POST", PROPOSALS).getFirst();
        assertThat(proposal.authorization()).isEqualTo("Bearer " + STAFF);
        assertThat(proposal.body()).isEqualTo("{\"telephone\":[\"+33300000001\",\"+33329000002\"],"
                + "\"horaires\":\"Mo-Fr 09:00-12:00; Sa 09:00-12:00\",\"comment\":\"Nouveaux horaires depuis décembre.\"}");
    }

    @Test
    void aCorrectionThatChangesNothingIsNotSent() {
        HttpResponse<String> response = post("/mon-lieu/correction", STAFF, currentForm());

        assertThat(response.statusCode()).isEqualTo(400);
        Element summary = html(response).selectFirst("form#correction .error-summary");
        assertThat(summary.text()).contains("Aucune correction");
        assertThat(summary.hasAttr("autofocus")).isTrue();
        assertThat(SERVICES.received("POST", PROPOSALS)).isEmpty();
    }

    @Test
    void aFieldTheServiceRefusesIsShownNextToItWithWhatWasTyped() {
        SERVICES.answer("POST", PROPOSALS, 400, Samples.validation("site_web[0]",
                "adresse web invalide (http:// ou https://)"));
        Map<String, String> form = currentForm();
        form.put("site_web", "example.org");

        HttpResponse<String> response = post("/mon-lieu/correction", STAFF, form);

        assertThat(response.statusCode()).isEqualTo(400);
        Element correction = html(response).selectFirst("form#correction");
        assertThat(correction.select(".field--error .error-message").text())
                .isEqualTo("Erreur : Adresse web invalide (http:// ou https://)");
        assertThat(correction.select("[autofocus]")).singleElement().extracting(Element::id)
                .isEqualTo("correction-site-web");
        assertThat(correction.select("#correction-site-web").text()).isEqualTo("example.org");
    }

    @Test
    void aSecretaryHasNoVenuePage() {
        HttpResponse<String> response = get("/mon-lieu", SECRETARY);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(SERVICES.received("GET", VENUE)).isEmpty();
    }

    /** The correction form as the page fills it from the record. */
    private Map<String, String> currentForm() {
        Document page = html(get("/mon-lieu", STAFF));
        Map<String, String> form = new LinkedHashMap<>();
        for (Element field : page.select("form#correction input[name], form#correction textarea[name]")) {
            form.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
        }
        return form;
    }
}
