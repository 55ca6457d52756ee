package fr.inclusion.orientation.venue.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.SharedData;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * The territory API with everything real, on the service's default configuration (the Meuse reference data). Tests
 * that look at the real fragility index import the real IFN file first (an import replaces values, so this does not
 * depend on the order of tests); tests that import other values only touch communes no other test looks at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class TerritoryServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final String COORDINATOR = TestJwts.coordinator("coord.meuse", "55");
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");
    private static final String HEADER =
            "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate,total";

    @LocalServerPort
    int port;

    // --- fragility import ---------------------------------------------------------------------------------------

    @Test
    void theRealIfnFileOfMeuseImportsItsEveryCommune() throws Exception {
        HttpResponse<String> response = importRealFile(ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = read(response);
        assertThat(result.path("imported").asInt()).isEqualTo(499);
        assertThat(result.path("rejected").values()).isEmpty();
    }

    @Test
    void afterTheImportACommuneShowsItsTotalAndIndicators() throws Exception {
        assertThat(importRealFile(COORDINATOR).statusCode()).isEqualTo(200);

        JsonNode revigny = read(get("/api/territory/communes/55427", SECRETARY));

        JsonNode fragility = revigny.path("fragility");
        assertThat(fragility.path("total").asDouble()).isEqualTo(7.428571428571429);
        assertThat(fragility.path("noThdCoverageRate").asDouble()).isEqualTo(2.0);
        assertThat(fragility.path("no4gCoverageRate").asDouble()).isEqualTo(7.0);
        assertThat(fragility.path("povertyRate").asDouble()).isEqualTo(8.0);
        assertThat(fragility.path("older65Rate").asDouble()).isEqualTo(6.0);
        assertThat(fragility.path("nscol15pRate").asDouble()).isEqualTo(9.0);
    }

    @Test
    void aCommuneWithoutInhabitantsHasAnIndexWithoutTotal() throws Exception {
        assertThat(importRealFile(ADMIN).statusCode()).isEqualTo(200);

        JsonNode bezonvaux = read(get("/api/territory/communes/55050", ADMIN));

        assertThat(bezonvaux.path("population").asLong()).isZero();
        assertThat(bezonvaux.path("fragility").isObject()).isTrue();
        assertThat(bezonvaux.path("fragility").path("total").isNull()).isTrue();
    }

    @Test
    void invalidLinesAreReportedWithTheirLineAndReasonAndTheValidOnesImported() throws Exception {
        String file = HEADER + "\n"
                + "Abainville,city,55001,10.0,8.0,7.0,7.0,9.0,6.5\n"
                + "Nulle part,city,99999,1,1,1,1,1,1\n"
                + "Amanty,city,55005,10.0,6.0,6.0,10.0,4.0,12\n"
                + "Aincreville,city,55004,6.0,sept,6.0,9.0,10.0,6.2\n"
                + "Abaucourt-Hautecourt,city,55002,6.0,5.0,6.0,6.0,8.0,\n"
                + "CC du Pays de Revigny-sur-Ornain,epci,245501184,3,7,7,6,7,6.2\n";

        HttpResponse<String> response = send("POST", "/api/territory/fragility", ADMIN, "text/csv", file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = read(response);
        assertThat(result.path("imported").asInt()).isEqualTo(1);
        assertThat(result.path("rejected").values()).extracting(r -> r.path("line").asInt())
                .containsExactly(3, 4, 5, 6, 7);
        assertThat(result.path("rejected").values()).extracting(r -> r.path("reason").asString())
                .containsExactly(
                        "commune inconnue : le code INSEE « 99999 » n'est pas dans le référentiel des communes",
                        "total : 12 hors de l'échelle de 1 à 10",
                        "no_4g_coverage_rate : « sept » n'est pas un nombre",
                        "total manquant : la note globale est obligatoire",
                        "division « epci » non importée : l'indice est importé par commune (division city) ; "
                                + "les lignes d'EPCI ou de département sont ignorées");
    }

    @Test
    void aReimportReplacesTheValuesOfItsCommunes() throws Exception {
        importOne(COORDINATOR, "Bantheville,city,55028,3.0,3.0,3.0,3.0,3.0,3.0");
        assertThat(read(get("/api/territory/communes/55028", ADMIN)).path("fragility").path("total").asDouble())
                .isEqualTo(3.0);

        importOne(COORDINATOR, "Bantheville,city,55028,,9.0,,,,9.5");

        JsonNode fragility = read(get("/api/territory/communes/55028", ADMIN)).path("fragility");
        assertThat(fragility.path("total").asDouble()).isEqualTo(9.5);
        assertThat(fragility.path("no4gCoverageRate").asDouble()).isEqualTo(9.0);
        assertThat(fragility.path("noThdCoverageRate").isNull()).isTrue();
    }

    @Test
    void aSpreadsheetExportWithBomCrlfAndSemicolonsIsImported() throws Exception {
        String file = "\uFEFF" + HEADER.replace(',', ';') + "\r\nBazincourt-sur-Saulx;city;55034;4;5;6;7;8;5,5\r\n";

        HttpResponse<String> response = send("POST", "/api/territory/fragility", ADMIN,
                "text/csv; charset=UTF-8", file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).path("imported").asInt()).isEqualTo(1);
        assertThat(read(get("/api/territory/communes/55034", ADMIN)).path("fragility").path("total").asDouble())
                .isEqualTo(5.5);
    }

    @Test
    void aBrowserUploadsTheFileAsAMultipartForm() throws Exception {
        byte[] file = Files.readAllBytes(SharedData.file("ifn-meuse-communes.csv"));

        HttpResponse<String> response = multipart(ADMIN, "file", "ifn-meuse-communes.csv", "text/csv", file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).path("imported").asInt()).isEqualTo(499);
    }

    @Test
    void aMultipartFormWithoutTheFilePartIsA400() throws Exception {
        HttpResponse<String> response = multipart(ADMIN, "document", "ifn.csv", "text/csv",
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(errorFields(response)).containsExactly("file");
    }

    @Test
    void aSecretaryMayNotImportTheIndex() throws Exception {
        HttpResponse<String> response = send("POST", "/api/territory/fragility", SECRETARY, "text/csv",
                HEADER + "\nRevigny-sur-Ornain,city,55427,1,1,1,1,1,1\n");

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response);
        assertThat(read(response).path("title").asString()).isEqualTo("Accès refusé");
    }

    @Test
    void venueStaffMayNotImportTheIndexEither() throws Exception {
        HttpResponse<String> response = send("POST", "/api/territory/fragility",
                TestJwts.venueStaff("lieu.franceservices", "demo-revigny-france-services"), "text/csv", HEADER);

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response);
    }

    @Test
    void anotherContentTypeIsA415() throws Exception {
        HttpResponse<String> json = send("POST", "/api/territory/fragility", ADMIN, "application/json", "[]");
        HttpResponse<String> none = send("POST", "/api/territory/fragility", ADMIN, null, HEADER);
        HttpResponse<String> pdfPart = multipart(ADMIN, "file", "ifn.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.UTF_8));

        for (HttpResponse<String> response : List.of(json, none, pdfPart)) {
            assertThat(response.statusCode()).isEqualTo(415);
            assertProblem(response);
            assertThat(read(response).path("detail").asString()).contains("text/csv");
        }
    }

    @Test
    void aWrongHeaderIsA400AndImportsNothing() throws Exception {
        HttpResponse<String> response = send("POST", "/api/territory/fragility", ADMIN, "text/csv",
                "code_insee,nom,classe_ifn,libelle_classe\n55002,Abaucourt-Hautecourt,1,bleu foncé\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(read(response).path("detail").asString()).startsWith("L'en-tête du fichier doit être exactement");
        assertThat(errorFields(response)).containsExactly("file");
    }

    @Test
    void aFileOverFiveMegabytesIsA413() throws Exception {
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        String line = "Abainville,city,55001,10.0,8.0,7.0,7.0,9.0,6.571428571428571\n";
        while (file.length() <= 5 * 1024 * 1024) {
            file.append(line);
        }

        HttpResponse<String> body = send("POST", "/api/territory/fragility", ADMIN, "text/csv", file.toString());
        HttpResponse<String> part = multipart(ADMIN, "file", "ifn.csv", "text/csv",
                file.toString().getBytes(StandardCharsets.UTF_8));

        for (HttpResponse<String> response : List.of(body, part)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertProblem(response);
            assertThat(read(response).path("detail").asString()).contains("5 Mo");
        }
    }

    // --- communes --------------------------------------------------------------------------------------------------

    @Test
    void meuseHas499Communes() throws Exception {
        JsonNode page = read(get("/api/territory/communes?departement=55&size=10", SECRETARY));

        assertThat(page.path("total").asLong()).isEqualTo(499);
        assertThat(page.path("items").values()).hasSize(10);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(10);
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() throws Exception {
        List<String> first = codes(read(get("/api/territory/communes?departement=55&page=0&size=250", ADMIN)));
        List<String> second = codes(read(get("/api/territory/communes?departement=55&page=1&size=250", ADMIN)));
        JsonNode beyond = read(get("/api/territory/communes?departement=55&page=2&size=250", ADMIN));

        assertThat(first).hasSize(250).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(249);
        assertThat(beyond.path("items").values()).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(499);
    }

    @Test
    void aCommuneIsServedWithItsEpciAndCentroid() throws Exception {
        JsonNode revigny = read(get("/api/territory/communes/55427", SECRETARY));

        assertThat(revigny.path("code").asString()).isEqualTo("55427");
        assertThat(revigny.path("nom").asString()).isEqualTo("Revigny-sur-Ornain");
        assertThat(revigny.path("codesPostaux").values()).extracting(JsonNode::asString).containsExactly("55800");
        assertThat(revigny.path("population").asLong()).isEqualTo(2499);
        assertThat(revigny.path("epci").path("siren").asString()).isEqualTo("245501184");
        assertThat(revigny.path("epci").path("nom").asString()).isEqualTo("CC du Pays de Revigny-sur-Ornain");
        assertThat(revigny.path("latitude").asDouble()).isEqualTo(48.82688);
        assertThat(revigny.path("longitude").asDouble()).isEqualTo(4.97707);
    }

    @Test
    void theSearchMatchesNamesIgnoringCaseAndAccentsPrefixesFirst() throws Exception {
        List<String> revi = names(read(get("/api/territory/communes?departement=55&q=revi", SECRETARY)));
        List<String> sommeilles = names(read(get("/api/territory/communes?q=" + encode("SOMMEÏLLES"), SECRETARY)));
        List<String> saintMihiel = names(read(get("/api/territory/communes?q=" + encode("saint mihiel"), ADMIN)));
        List<String> ornain = names(read(get("/api/territory/communes?q=ornain", ADMIN)));

        assertThat(revi).first().isEqualTo("Revigny-sur-Ornain");
        assertThat(sommeilles).containsExactly("Sommeilles");
        assertThat(saintMihiel).containsExactly("Saint-Mihiel", "Rupt-devant-Saint-Mihiel");
        assertThat(ornain).contains("Revigny-sur-Ornain", "Val-d'Ornain");
    }

    @Test
    void theSearchMatchesPostalAndInseeCodePrefixes() throws Exception {
        JsonNode byPostalCode = read(get("/api/territory/communes?q=55800&size=100", SECRETARY));
        JsonNode byInseeCode = read(get("/api/territory/communes?q=55427", SECRETARY));
        JsonNode bySecondPostalCode = read(get("/api/territory/communes?q=55400&size=100", SECRETARY));

        assertThat(names(byPostalCode)).contains("Revigny-sur-Ornain");
        assertThat(byPostalCode.path("items").values()).allSatisfy(c -> assertThat(
                c.path("codesPostaux").values()).extracting(JsonNode::asString).contains("55800"));
        assertThat(codes(byInseeCode)).containsExactly("55427");
        assertThat(names(bySecondPostalCode)).contains("Douaumont-Vaux");
    }

    @Test
    void anUnknownCommuneIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/territory/communes/99999", SECRETARY);

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response);
        assertThat(read(response).path("detail").asString()).contains("99999");
    }

    @Test
    void invalidParametersAreA400WithTheirFields() throws Exception {
        HttpResponse<String> departement = get("/api/territory/communes?departement=Meuse", ADMIN);
        HttpResponse<String> size = get("/api/territory/communes?size=0", ADMIN);
        HttpResponse<String> epci = get("/api/territory/epci?departement=5", ADMIN);

        assertThat(departement.statusCode()).isEqualTo(400);
        assertProblem(departement);
        assertThat(errorFields(departement)).containsExactly("departement");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(errorFields(size)).containsExactly("size");
        assertThat(epci.statusCode()).isEqualTo(400);
        assertThat(errorFields(epci)).containsExactly("departement");
    }

    @Test
    void readingTheTerritoryNeedsAToken() throws Exception {
        HttpResponse<String> response = get("/api/territory/communes?departement=55", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response);
    }

    // --- EPCI -------------------------------------------------------------------------------------------------------

    @Test
    void meuseCounts15Epci() throws Exception {
        JsonNode epcis = read(get("/api/territory/epci?departement=55", SECRETARY));

        assertThat(epcis.path("items").values()).hasSize(15);
        assertThat(epcis.path("total").asInt()).isEqualTo(15);
        assertThat(epcis.path("items").values()).extracting(e -> e.path("siren").asString())
                .doesNotContain("200070290").contains("245501184");
        assertThat(epcis.path("items").values()).extracting(e -> e.path("communes").asInt())
                .containsOnlyOnce(16).doesNotContain(0);
        int communes = epcis.path("items").values().stream().mapToInt(e -> e.path("communes").asInt()).sum();
        assertThat(communes).as("every Meuse commune but Bouligny, in an EPCI counted in 54").isEqualTo(498);
    }

    @Test
    void anEpciShowsItsSizeAndThePopulationWeightedFragilityOfItsCommunes() throws Exception {
        assertThat(importRealFile(ADMIN).statusCode()).isEqualTo(200);

        JsonNode revigny = read(get("/api/territory/epci?departement=55", COORDINATOR)).path("items").values()
                .stream().filter(e -> e.path("siren").asString().equals("245501184")).findFirst().orElseThrow();

        assertThat(revigny.path("nom").asString()).isEqualTo("CC du Pays de Revigny-sur-Ornain");
        assertThat(revigny.path("departement").asString()).isEqualTo("55");
        assertThat(revigny.path("communes").asInt()).isEqualTo(16);
        assertThat(revigny.path("population").asLong()).isEqualTo(6689);
        assertThat(revigny.path("fragility").path("communes").asInt()).isEqualTo(16);
        JsonNode verdun = read(get("/api/territory/epci?departement=55", COORDINATOR)).path("items").values()
                .stream().filter(e -> e.path("siren").asString().equals("200049187")).findFirst().orElseThrow();
        assertThat(verdun.path("fragility").path("communes").asInt()).as("6 uninhabited communes left out")
                .isEqualTo(19);
        // sum of population × total over the 16 communes of the real file, divided by 6689
        assertThat(revigny.path("fragility").path("total").asDouble()).isCloseTo(6.3471, within(1e-4));
    }

    @Test
    void theEpciAcrossTheBorderIsListedWithMeurtheEtMoselle() throws Exception {
        JsonNode epcis = read(get("/api/territory/epci?departement=54", ADMIN));

        assertThat(epcis.path("items").values()).singleElement().satisfies(coeur -> {
            assertThat(coeur.path("siren").asString()).isEqualTo("200070290");
            assertThat(coeur.path("communes").asInt()).isEqualTo(25);
        });
    }

    @Test
    void theApiDescriptionShowsBothWaysToSendTheFile() throws Exception {
        JsonNode docs = read(get("/v3/api-docs", null));

        JsonNode content = docs.path("paths").path("/api/territory/fragility").path("post").path("requestBody")
                .path("content");
        assertThat(content.has("text/csv")).isTrue();
        assertThat(content.has("multipart/form-data")).isTrue();
        assertThat(docs.path("paths").has("/api/territory/communes/{code}")).isTrue();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private HttpResponse<String> importRealFile(String token) throws Exception {
        return send("POST", "/api/territory/fragility", token, "text/csv",
                Files.readString(SharedData.file("ifn-meuse-communes.csv")));
    }

    private void importOne(String token, String line) throws Exception {
        HttpResponse<String> response = send("POST", "/api/territory/fragility", token, "text/csv",
                HEADER + "\n" + line + "\n");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).path("imported").asInt()).as(response.body()).isEqualTo(1);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        TestHttp.Call call = TestHttp.onPort(port).call(method, path).token(token);
        return (body == null ? call : call.body(contentType, body)).send();
    }

    private HttpResponse<String> multipart(String token, String part, String filename, String partType,
            byte[] content) throws Exception {
        String boundary = "----territory-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return TestHttp.onPort(port).call("POST", "/api/territory/fragility").token(token)
                .body("multipart/form-data; boundary=" + boundary, body.toByteArray()).send();
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode page) {
        return page.path("items").values().stream().map(c -> c.path("nom").asString()).toList();
    }

    private static List<String> codes(JsonNode page) {
        return page.path("items").values().stream().map(c -> c.path("code").asString()).toList();
    }

    private static List<String> errorFields(HttpResponse<String> response) {
        return read(response).path("errors").values().stream().map(e -> e.path("field").asString()).toList();
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = read(response);
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.path("type").asString()).startsWith("https://orientation-numerique.fr/problems/");
        assertThat(problem.path("title").asString()).isNotBlank();
    }
}
