package fr.inclusion.orientation.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.inclusion.orientation.testsupport.SharedData;
import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.web.StubServices;

/**
 * The administration pages over real HTTP, with the administrator's bearer token as the gateway relays it, against
 * one local stand-in answering venue-service's and notification-service's paths in their own JSON shapes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestTokens.class)
class AdministrationPagesTest {

    static final StubServices SERVICES = StubServices.start();

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String PARKED = "/api/outbound/parked";
    private static final String IMPORT = "/api/venues/import";
    private static final String CONTOURS = "/api/territory/contours";

    @LocalServerPort
    int port;

    private final String admin = TestJwts.admin("admin");
    private final String secretary = TestJwts.secretary("secretaire.revigny", "55427");
    private final String coordinator = TestJwts.coordinator("coordination.revigny", "245501184");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("orientation.services.venue", SERVICES::url);
        registry.add("orientation.services.notification", SERVICES::url);
        registry.add("orientation.services.referral", () -> "http://127.0.0.1:9");
    }

    @BeforeEach
    void fresh() {
        SERVICES.reset();
        SERVICES.answer("GET", PARKED, 200, parkedPage(0));
    }

    @Test
    void administrationListsParkedMessagesWithMaskedRecipientReasonAndReplayButton() {
        SERVICES.answer("GET", PARKED, 200, parkedPage(2,
                parked("m-1", "email", "m***@exemple.fr", "Nouvelle orientation", "Boîte aux lettres pleine"),
                parked("m-2", "sms", "06******78", null, "Numéro injoignable")));

        HttpResponse<String> response = get("/administration", admin);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.title()).isEqualTo("Administration – Orientation numérique");
        assertThat(page.select("#messages > li").eachAttr("id")).containsExactly("message-m-1", "message-m-2");
        Element first = page.selectFirst("#message-m-1");
        assertThat(first.select(".admin-message__destinataire").text()).isEqualTo("m***@exemple.fr");
        assertThat(first.select(".admin-message__raison").text()).isEqualTo("Boîte aux lettres pleine");
        assertThat(first.select(".admin-message__canal").text()).isEqualTo("Courriel");
        assertThat(page.select("#message-m-2 .admin-message__canal").text()).isEqualTo("SMS");
        Element form = first.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/administration/messages/m-1/renvoyer");
        assertThat(form.select("button").text()).startsWith("Renvoyer");
        assertThat(page.select("#export-csv").attr("href")).isEqualTo("/api/venues/export?format=csv");
        assertThat(page.select("#export-json").attr("href")).isEqualTo("/api/venues/export?format=json");
        assertThat(page.select("#form-import-lieux").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("#form-import-lieux").attr("action")).isEqualTo("/administration/import-lieux");
        assertThat(page.select("#form-import-fragilite").attr("action")).isEqualTo("/administration/import-fragilite");
        assertThat(page.select("label[for=fichier-lieux]")).hasSize(1);
        assertThat(SERVICES.received("GET", PARKED)).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + admin));
    }

    @Test
    void noParkedMessageSaysSo() {
        Document page = html(get("/administration", admin));

        assertThat(page.select("#aucun-message").text()).startsWith("Aucun message bloqué");
        assertThat(page.select("#messages")).isEmpty();
    }

    @Test
    void aSecretaryGetsTheForbiddenPageAndNothingReachesTheServices() {
        HttpResponse<String> page = get("/administration", secretary);
        HttpResponse<String> replay = post("/administration/messages/m-1/renvoyer", secretary);
        HttpResponse<String> upload = multipart("/administration/import-lieux", secretary, "lieux.csv", "text/csv",
                "id,nom\n1,Médiathèque\n");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(html(page).select("h1").text()).isEqualTo("Accès refusé");
        assertThat(replay.statusCode()).isEqualTo(403);
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(SERVICES.all()).isEmpty();
    }

    @Test
    void theUploadedVenueFileReachesVenueServiceAsItsBodyThenRedirectsToTheJob() {
        String csv = "id,nom,commune\nv-1,Médiathèque de Revigny,Revigny-sur-Ornain\n";
        SERVICES.answer("POST", IMPORT, 202, "{\"jobId\":\"job-42\",\"status\":\"PENDING\",\"total\":0}");

        HttpResponse<String> response = multipart("/administration/import-lieux", admin, "lieux.csv",
                "application/vnd.ms-excel", csv);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/administration/imports/job-42");
        assertThat(SERVICES.received("POST", IMPORT)).singleElement().satisfies(call -> {
            assertThat(call.body()).isEqualTo(csv);
            assertThat(call.contentType()).startsWith("text/csv");
            assertThat(call.authorization()).isEqualTo("Bearer " + admin);
        });
    }

    @Test
    void aNationalFileOfSeveralMegabytesIsRelayedWhole() {
        String line = "v-0001,Médiathèque de Revigny,Revigny-sur-Ornain,55427,Accompagnement aux démarches\n";
        String csv = "id,nom,commune,code_insee,services\n" + line.repeat(3 * 1024 * 1024 / line.length());
        SERVICES.answer("POST", IMPORT, 202, "{\"jobId\":\"job-9\",\"status\":\"PENDING\",\"total\":0}");

        HttpResponse<String> response = multipart("/administration/import-lieux", admin, "lieux.csv", "text/csv", csv);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(SERVICES.received("POST", IMPORT)).singleElement()
                .satisfies(call -> assertThat(call.body()).isEqualTo(csv));
    }

    @Test
    void aJsonVenueFileGoesAsJson() {
        SERVICES.answer("POST", IMPORT, 202, "{\"jobId\":\"job-7\",\"status\":\"PENDING\",\"total\":0}");

        HttpResponse<String> response = multipart("/administration/import-lieux", admin, "lieux.json",
                "application/octet-stream", "[{\"id\":\"v-1\"}]");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(SERVICES.received("POST", IMPORT)).singleElement().satisfies(call -> {
            assertThat(call.body()).isEqualTo("[{\"id\":\"v-1\"}]");
            assertThat(call.contentType()).startsWith("application/json");
        });
    }

    @Test
    void noFileIsABadRequestWithTheMessageByTheField() {
        HttpResponse<String> response = multipart("/administration/import-lieux", admin, "", "application/octet-stream",
                "");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.select("#erreur-fichier-lieux").text()).isEqualTo(
                "Choisissez le fichier des lieux (CSV ou JSON) à importer.");
        assertThat(page.select("#fichier-lieux").attr("aria-invalid")).isEqualTo("true");
        assertThat(SERVICES.received("POST", IMPORT)).isEmpty();
    }

    @Test
    void aRefusedFileShowsTheServicesProblem() {
        SERVICES.answer("POST", IMPORT, 415, "{\"type\":\"about:blank\",\"title\":\"Type de fichier non pris en charge\","
                + "\"status\":415,\"detail\":\"Envoyez un fichier CSV ou JSON.\"}");

        HttpResponse<String> response = multipart("/administration/import-lieux", admin, "lieux.csv", "text/csv", "x");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(html(response).text()).contains("Envoyez un fichier CSV ou JSON.");
    }

    @Test
    void aRunningJobShowsItsProgressPollsEverySecondAndOffersARefreshLink() {
        SERVICES.answer("GET", "/api/imports/job-42", 200, job("RUNNING", 200, 80, 60, 10, 5, 5));

        HttpResponse<String> response = get("/administration/imports/job-42", admin);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        Element state = page.selectFirst("#etat-import");
        assertThat(state.attr("hx-get")).isEqualTo("/administration/imports/job-42/etat");
        assertThat(state.attr("hx-trigger")).isEqualTo("every 1s");
        assertThat(state.attr("hx-swap")).isEqualTo("outerHTML");
        Element progress = page.selectFirst("progress#progression-import");
        assertThat(progress.attr("max")).isEqualTo("200");
        assertThat(progress.attr("value")).isEqualTo("80");
        assertThat(page.select("label[for=progression-import]")).hasSize(1);
        assertThat(page.select("#compteurs-import").text()).isEqualTo("80 lignes traitées sur 200 (40 %)");
        assertThat(page.select("#actualiser").attr("href")).isEqualTo("/administration/imports/job-42");
        assertThat(page.select("#refus")).isEmpty();
        assertThat(SERVICES.received("GET", "/api/imports/job-42")).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + admin));
    }

    @Test
    void theProgressPartialShowsTheCountsAlone() {
        SERVICES.answer("GET", "/api/imports/job-42", 200, job("RUNNING", 200, 150, 120, 20, 3, 7));

        HttpResponse<String> response = get("/administration/imports/job-42/etat", admin, "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<html").doesNotContain("site-header");
        Document part = html(response);
        assertThat(part.select("#etat-import")).hasSize(1);
        assertThat(part.select("#progression-import").attr("value")).isEqualTo("150");
        assertThat(part.select("#nb-importes").text()).isEqualTo("120");
        assertThat(part.select("#nb-mis-a-jour").text()).isEqualTo("20");
        assertThat(part.select("#nb-inchanges").text()).isEqualTo("3");
        assertThat(part.select("#nb-refuses").text()).isEqualTo("7");
        assertThat(part.select("#compteurs-import").text()).isEqualTo("150 lignes traitées sur 200 (75 %)");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aFinishedJobStopsPollingAndListsTheRejectedRows() {
        SERVICES.answer("GET", "/api/imports/job-42", 200, job("DONE", 3, 3, 1, 0, 0, 2,
                "{\"line\":2,\"field\":\"code_postal\",\"reason\":\"code postal absent\"}",
                "{\"line\":4,\"field\":null,\"reason\":\"ligne illisible\"}"));

        Document page = html(get("/administration/imports/job-42/etat", admin, "HX-Request", "true"));

        Element state = page.selectFirst("#etat-import");
        assertThat(state.hasAttr("hx-get")).isFalse();
        assertThat(state.hasAttr("hx-trigger")).isFalse();
        assertThat(page.select("#statut-import").text()).isEqualTo("Import terminé.");
        assertThat(page.select("#actualiser")).isEmpty();
        assertThat(page.select("#refus thead th").eachText()).containsExactly("Ligne", "Champ", "Raison");
        assertThat(page.select("#refus tbody tr")).hasSize(2);
        assertThat(page.select("#refus tbody tr").get(0).select("td").eachText())
                .containsExactly("2", "code_postal", "code postal absent");
        assertThat(page.select("#refus tbody tr").get(1).select("td").eachText())
                .containsExactly("4", "(toute la ligne)", "ligne illisible");
    }

    @Test
    void aFailedJobSaysSoInFrenchAndStopsPolling() {
        SERVICES.answer("GET", "/api/imports/job-42", 200, job("FAILED", 10, 4, 4, 0, 0, 0));

        Document page = html(get("/administration/imports/job-42", admin));

        assertThat(page.selectFirst("#etat-import").hasAttr("hx-get")).isFalse();
        assertThat(page.select("#statut-import").text()).isEqualTo("L'import s'est arrêté sur une erreur inattendue.");
        assertThat(page.select("#echec-import").text()).contains("vous pouvez renvoyer le fichier");
        assertThat(page.select("#aucun-refus").text()).isEqualTo("Aucune ligne refusée.");
    }

    @Test
    void anUnknownJobIsTheNotFoundPage() {
        HttpResponse<String> response = get("/administration/imports/inconnu", admin);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(html(response).select("h1").text()).isEqualTo("Page introuvable");
    }

    @Test
    void theFragilityFileReachesVenueServiceAndTheResultListsRejectedLines() {
        String csv = "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,"
                + "nscol15p_rate,total\nRevigny-sur-Ornain,55,55427,0.1,0.2,0.1,0.3,0.4,6\n";
        SERVICES.answer("POST", "/api/territory/fragility", 200,
                "{\"imported\":12,\"rejected\":[{\"line\":3,\"reason\":\"code commune inconnu : 99999\"}]}");

        HttpResponse<String> response = multipart("/administration/import-fragilite", admin, "ifn.csv", "text/csv",
                csv);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#resultat-fragilite p").first().text()).isEqualTo("12 communes importées.");
        assertThat(page.select("#refus tbody tr td").eachText()).containsExactly("3", "code commune inconnu : 99999");
        assertThat(SERVICES.received("POST", "/api/territory/fragility")).singleElement().satisfies(call -> {
            assertThat(call.body()).isEqualTo(csv);
            assertThat(call.contentType()).startsWith("text/csv");
            assertThat(call.authorization()).isEqualTo("Bearer " + admin);
        });
    }

    @Test
    void theContourImportFormTakesAGeoJsonFile() {
        Document page = html(get("/administration", admin));

        Element form = page.selectFirst("#form-import-contours");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/administration/import-contours");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("#titre-import-contours").text()).isEqualTo("Importer les contours des communes");
        Element input = form.selectFirst("input#fichier-contours");
        assertThat(input.attr("type")).isEqualTo("file");
        assertThat(input.attr("name")).isEqualTo("fichier");
        assertThat(input.attr("accept")).isEqualTo(".geojson,.json,application/geo+json,application/json");
        assertThat(page.select("label[for=fichier-contours]")).hasSize(1);
        assertThat(form.select("button#envoyer-contours").text()).isEqualTo("Importer les contours");
    }

    @Test
    void meusesContoursReachVenueServiceWholeAsGeoJsonAndTheResultListsRejectedFeatures() throws IOException {
        String geojson = Files.readString(SharedData.file("meuse-communes.geojson"), StandardCharsets.UTF_8);
        SERVICES.answer("POST", CONTOURS, 200, "{\"imported\":499,\"rejected\":["
                + "{\"index\":17,\"reason\":\"code INSEE inconnu : 55999\"},"
                + "{\"index\":402,\"reason\":\"géométrie absente\"}]}");

        HttpResponse<String> response = multipart("/administration/import-contours", admin,
                "meuse-communes.geojson", "application/octet-stream", geojson);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("h1").text()).isEqualTo("Import des contours des communes");
        assertThat(page.select("#nb-contours").text()).isEqualTo("499 communes importées.");
        assertThat(page.select("#resultat-contours .hint").text()).isEqualTo("Fichier : meuse-communes.geojson");
        assertThat(page.select("#refus tbody tr")).hasSize(2);
        assertThat(page.select("#refus tbody tr").get(0).select("td").eachText())
                .containsExactly("17", "code INSEE inconnu : 55999");
        assertThat(page.select("#refus tbody tr").get(1).select("td").eachText())
                .containsExactly("402", "géométrie absente");
        assertThat(SERVICES.received("POST", CONTOURS)).singleElement().satisfies(call -> {
            assertThat(call.body()).isEqualTo(geojson);
            assertThat(call.contentType()).isEqualTo("application/geo+json");
            assertThat(call.authorization()).isEqualTo("Bearer " + admin);
        });
    }

    @Test
    void contoursWithoutRejectionSaySo() {
        SERVICES.answer("POST", CONTOURS, 200, "{\"imported\":1,\"rejected\":[]}");

        HttpResponse<String> response = multipart("/administration/import-contours", admin, "une.geojson",
                "application/geo+json", "{\"type\":\"FeatureCollection\",\"features\":[]}");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#nb-contours").text()).isEqualTo("1 commune importée.");
        assertThat(page.select("#aucun-refus").text()).isEqualTo("Aucune entité refusée.");
        assertThat(page.select("#refus")).isEmpty();
    }

    @Test
    void noContourFileIsABadRequestWithTheMessageByTheField() {
        HttpResponse<String> response = multipart("/administration/import-contours", admin, "",
                "application/octet-stream", "");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.select("#erreur-fichier-contours").text())
                .isEqualTo("Choisissez le fichier GeoJSON des contours des communes.");
        assertThat(page.select("#erreur-fichier a[href=#fichier-contours]").text())
                .isEqualTo("Choisissez le fichier GeoJSON des contours des communes.");
        assertThat(page.select("#fichier-contours").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#fichier-contours").attr("aria-describedby"))
                .isEqualTo("aide-fichier-contours erreur-fichier-contours");
        assertThat(page.select("#erreur-fichier-lieux")).isEmpty();
        assertThat(SERVICES.received("POST", CONTOURS)).isEmpty();
    }

    @Test
    void anInvalidGeoJsonShowsTheServicesProblem() {
        SERVICES.answer("POST", CONTOURS, 400, "{\"type\":\"https://orientation-numerique.fr/problems/invalid-geojson\","
                + "\"title\":\"Fichier GeoJSON invalide\",\"status\":400,"
                + "\"detail\":\"Le fichier n'est pas un JSON valide.\"}");

        HttpResponse<String> response = multipart("/administration/import-contours", admin, "x.geojson",
                "application/geo+json", "pas du json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(html(response).select("h1").text()).isEqualTo("Fichier GeoJSON invalide");
        assertThat(html(response).text()).contains("Le fichier n'est pas un JSON valide.");
    }

    @Test
    void theCommuneImportFormTakesADepartementsCsvFile() {
        Document page = html(get("/administration", admin));

        Element form = page.selectFirst("#form-import-communes");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/administration/import-communes");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("#titre-import-communes").text()).isEqualTo("Importer les communes d'un département");
        Element input = form.selectFirst("input#fichier-communes");
        assertThat(input.attr("type")).isEqualTo("file");
        assertThat(input.attr("name")).isEqualTo("fichier");
        assertThat(input.attr("accept")).isEqualTo(".csv,text/csv");
        assertThat(input.attr("aria-describedby")).isEqualTo("aide-fichier-communes");
        assertThat(page.select("label[for=fichier-communes]")).hasSize(1);
        assertThat(form.select("button#envoyer-communes").text()).isEqualTo("Importer les communes");
    }

    @Test
    void aDepartementsFileReachesVenueServiceWholeAndTheResultListsRejectedLines() {
        String csv = "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude\n"
                + "98501,Anse-aux-Lucioles,98510,1200,200099001,CC de l'Archipel Inventé,-12.5,45.25\n"
                + "98504,Sans-Coordonnées,98540,10,,,,\n"
                + "98505,Trop-court,98550\n";
        SERVICES.answer("POST", "/api/territory/communes", 200, "{\"departement\":\"985\",\"imported\":1,"
                + "\"rejected\":[{\"line\":3,\"field\":\"latitude\","
                + "\"message\":\"valeur manquante : latitude attendue\"},"
                + "{\"line\":4,\"field\":null,\"message\":\"3 champs au lieu de 8\"}]}");

        HttpResponse<String> response = multipart("/administration/import-communes", admin, "985.csv",
                "application/vnd.ms-excel", csv);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("h1").text()).isEqualTo("Import des communes d'un département");
        assertThat(page.select("#nb-communes").text()).isEqualTo("Département 985 : 1 commune importée.");
        assertThat(page.select("#resultat-communes .hint").text()).isEqualTo("Fichier : 985.csv");
        assertThat(page.select("#refus tbody tr").get(0).select("td").eachText())
                .containsExactly("3", "latitude", "valeur manquante : latitude attendue");
        assertThat(page.select("#refus tbody tr").get(1).select("td").eachText())
                .containsExactly("4", "toute la ligne", "3 champs au lieu de 8");
        assertThat(SERVICES.received("POST", "/api/territory/communes")).singleElement().satisfies(call -> {
            assertThat(call.body()).isEqualTo(csv);
            assertThat(call.contentType()).startsWith("text/csv");
            assertThat(call.authorization()).isEqualTo("Bearer " + admin);
        });
    }

    @Test
    void noCommuneFileIsABadRequestWithTheMessageByTheField() {
        HttpResponse<String> response = multipart("/administration/import-communes", admin, "", "text/csv", "");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.select("#erreur-fichier-communes").text())
                .isEqualTo("Choisissez le fichier CSV des communes du département.");
        assertThat(page.select("#fichier-communes").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#fichier-communes").attr("aria-describedby"))
                .isEqualTo("aide-fichier-communes erreur-fichier-communes");
        assertThat(SERVICES.received("POST", "/api/territory/communes")).isEmpty();
    }

    @Test
    void anUnreadableCommuneFileShowsTheServicesProblemInFrench() {
        SERVICES.answer("POST", "/api/territory/communes", 400,
                "{\"type\":\"https://orientation-numerique.fr/problems/invalid-communes-file\","
                        + "\"title\":\"Fichier des communes invalide\",\"status\":400,"
                        + "\"detail\":\"Fichier illisible, ligne 2 : le texte n'est pas un CSV lisible.\"}");

        HttpResponse<String> response = multipart("/administration/import-communes", admin, "x.csv", "text/csv",
                "code_insee,nom\n98501,\"Anse\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(html(response).select("h1").text()).isEqualTo("Fichier des communes invalide");
        assertThat(html(response).text()).contains("Fichier illisible, ligne 2 : le texte n'est pas un CSV lisible.");
    }

    @Test
    void aCoordinatorCannotImportCommunes() {
        HttpResponse<String> upload = multipart("/administration/import-communes", coordinator, "985.csv",
                "text/csv", "code_insee\n");

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(SERVICES.all()).isEmpty();
    }

    @Test
    void aSecretaryCannotImportContours() {
        HttpResponse<String> upload = multipart("/administration/import-contours", secretary, "c.geojson",
                "application/geo+json", "{}");

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(SERVICES.all()).isEmpty();
    }

    @Test
    void replayReachesNotificationServiceWithTheTokenThenSaysSoInFrench() {
        SERVICES.answer("POST", PARKED + "/m-1/replay", 200, "{\"id\":\"m-1\",\"status\":\"pending\"}");

        HttpResponse<String> response = post("/administration/messages/m-1/renvoyer", admin);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/administration?renvoye#messages-bloques");
        assertThat(SERVICES.received("POST", PARKED + "/m-1/replay")).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + admin));

        Document after = html(get("/administration?renvoye", admin));
        assertThat(after.select("#message-renvoye").text()).startsWith("Le message a été remis en file d'envoi");
    }

    @Test
    void replayOfAnUnknownMessageIsTheNotFoundPage() {
        HttpResponse<String> response = post("/administration/messages/inconnu/renvoyer", admin);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    // ---- the services' JSON shapes ----

    static String parked(String id, String channel, String recipient, String subject, String lastError) {
        return "{\"id\":" + StubServices.quoted(id) + ",\"channel\":" + StubServices.quoted(channel)
                + ",\"recipient\":" + StubServices.quoted(recipient) + ",\"subject\":" + StubServices.quoted(subject)
                + ",\"referralId\":\"r-1\",\"status\":\"parked\",\"attempts\":5,\"lastError\":"
                + StubServices.quoted(lastError) + ",\"createdAt\":\"2026-12-04T08:00:00Z\","
                + "\"lastAttemptAt\":\"2026-12-04T09:00:00Z\",\"parkedAt\":\"2026-12-04T09:00:00Z\","
                + "\"nextAttemptAt\":null,\"sentAt\":null}";
    }

    static String parkedPage(long total, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":20,\"total\":" + total + "}";
    }

    static String job(String status, int total, int processed, int imported, int updated, int unchanged,
            int rejectedRows, String... rejected) {
        return "{\"jobId\":\"job-42\",\"status\":\"" + status + "\",\"format\":\"CSV\",\"total\":" + total
                + ",\"processed\":" + processed + ",\"imported\":" + imported + ",\"updated\":" + updated
                + ",\"unchanged\":" + unchanged + ",\"rejectedRows\":" + rejectedRows + ",\"rejected\":["
                + String.join(",", rejected) + "],\"rejectedTruncated\":false,\"createdAt\":\"2026-12-04T09:00:00Z\","
                + "\"startedAt\":\"2026-12-04T09:00:01Z\",\"finishedAt\":null,\"failure\":null}";
    }

    // ---- HTTP as the gateway sends it ----

    private HttpResponse<String> get(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().header("Authorization", "Bearer " + token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
    }

    /** A browser's file form: one {@code fichier} part. */
    private HttpResponse<String> multipart(String path, String token, String fileName, String type, String content) {
        String boundary = "----formulaire" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"fichier\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
