package fr.inclusion.orientation.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.testsupport.SharedData;
import fr.inclusion.orientation.web.FakeServices;
import fr.inclusion.orientation.web.FakeServices.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** « Carte du territoire »: the communes drawn by the server, their figures in a table, the coverage gaps. */
class MapPageTest extends CoordinatorPagesTestSupport {

    static final String ADMIN_HELP = "Aide aux démarches administratives";

    /** Three square communes side by side; Sommeilles' index is not imported. */
    static final String CONTOURS = """
            {"communes":[
             {"code":"55427","nom":"Revigny-sur-Ornain","epci":"245501184","epciNom":"CC du Pays de Revigny",
              "fragility":3.2,"rings":[[[4.90,48.80],[5.00,48.80],[5.00,48.90],[4.90,48.90],[4.90,48.80]]]},
             {"code":"55001","nom":"Abainville","epci":"200049203","epciNom":"CC des Portes de Meuse",
              "fragility":8.6,"rings":[[[5.00,48.80],[5.10,48.80],[5.10,48.90],[5.00,48.90],[5.00,48.80]],
                                       [[5.02,48.82],[5.04,48.82],[5.04,48.84],[5.02,48.82]]]},
             {"code":"55493","nom":"Sommeilles","epci":"245501184","epciNom":"CC du Pays de Revigny",
              "fragility":null,"rings":[[[5.10,48.80],[5.20,48.80],[5.20,48.90],[5.10,48.90],[5.10,48.80]]]}],
             "count":3}""";

    static final String FLOWS = """
            {"territory":"55","groupBy":"commune","secrecy":true,"groups":[
             {"key":"55427","label":"Revigny-sur-Ornain","sent":"< 5","accepted":"< 5","declined":0,"expired":0,
              "cancelled":0,"closed":0,"pending":0,"secret":true},
             {"key":"55001","label":"Abainville","sent":12,"accepted":9,"declined":1,"expired":2,"cancelled":0,
              "closed":0,"pending":0,"acceptanceRate":0.75}],
             "totals":{"sent":14,"accepted":11,"declined":1,"expired":2,"cancelled":0,"closed":0,"pending":0,
              "outcomes":{},"declinedReasons":{}}}""";

    static final String COVERAGE = """
            {"service":"Aide aux démarches administratives","maxKm":15.0,"territory":"55","covered":1,"uncovered":2,
             "items":[
              {"code":"55001","nom":"Abainville","population":310,"fragility":8.6,
               "nearestVenue":{"id":"v-2","nom":"France Services Gondrecourt","distanceKm":21.4},"covered":false},
              {"code":"55493","nom":"Sommeilles","population":240,"covered":false},
              {"code":"55427","nom":"Revigny-sur-Ornain","population":2900,"fragility":3.2,
               "nearestVenue":{"id":"v-1","nom":"Médiathèque de Revigny","distanceKm":0.4},"covered":true}]}""";

    static final String VENUES = """
            {"items":[
             {"id":"v-1","nom":"Médiathèque de Revigny","commune":"Revigny-sur-Ornain","code_insee":"55427",
              "adresse":"1 place de la mairie","latitude":48.83,"longitude":4.95,"itinerance":["Fixe"],"stops":[]},
             {"id":"bus-1","nom":"Bus numérique de la Meuse","commune":"Bar-le-Duc","code_insee":"55029",
              "adresse":"rue du dépôt","latitude":48.77,"longitude":5.16,"itinerance":["Itinérant"],
              "stops":[{"commune":"55001","weekday":2,"from":"14:00","to":"17:00","place":"Place de l'église"},
                       {"commune":"75056","weekday":3,"from":"09:00","to":"12:00","place":"Ailleurs"}]},
             {"id":"v-9","nom":"Lieu à Paris","commune":"Paris","code_insee":"75056","adresse":"1 rue de Rivoli",
              "latitude":48.85,"longitude":2.35,"itinerance":["Fixe"],"stops":[]}],
             "page":0,"size":100,"total":3}""";

    void servicesAnswer(String contours) {
        SERVICES.answer("GET", "/api/territory/contours", 200, contours);
        SERVICES.answer("GET", "/api/flows", 200, FLOWS);
        SERVICES.answer("GET", "/api/territory/coverage", 200, COVERAGE);
        SERVICES.answer("GET", "/api/venues", 200, VENUES);
    }

    static String query(FakeServices.Received call) {
        return URLDecoder.decode(call.query(), StandardCharsets.UTF_8);
    }

    @Test
    void theMapDrawsOnePathPerCommuneByIfnClassWithSecretCountsAsLessThanFive() {
        servicesAnswer(CONTOURS);

        HttpResponse<String> response = get("/carte", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.head().select("title").eachText())
                .containsExactly("Carte du territoire – Orientation numérique");
        Element svg = page.selectFirst("svg#carte");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("carte-titre carte-desc");
        assertThat(svg.select("title#carte-titre").text()).isEqualTo("Carte des communes du territoire 55");
        assertThat(svg.select("desc#carte-desc").text()).startsWith("3 communes colorées selon leur indice");
        assertThat(svg.parent().hasClass("carte")).isTrue();
        // 1000 units wide, as high as the box is once longitudes are shrunk by cos(48.85°)
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 1000 517");
        assertThat(svg.select("path[data-code]").eachAttr("data-code")).containsExactly("55427", "55001", "55493");
        assertThat(svg.selectFirst("path[data-code=55427]").attr("class")).isEqualTo("carte-commune carte-ifn-1");
        assertThat(svg.selectFirst("path[data-code=55001]").attr("class")).isEqualTo("carte-commune carte-ifn-4");
        assertThat(svg.selectFirst("path[data-code=55493]").attr("class"))
                .isEqualTo("carte-commune carte-ifn-inconnu");
        assertThat(svg.selectFirst("path[data-code=55427]").attr("d")).isEqualTo("M10 506.4L336.7 506.4L336.7 10L10 10Z");
        assertThat(svg.selectFirst("path[data-code=55001]").attr("d")).contains("Z").containsPattern("ZM.*Z$");
        assertThat(svg.selectFirst("path[data-code=55427] > title").text()).isEqualTo(
                "Revigny-sur-Ornain (55427) — IFN 3,2 — orientations : < 5 — couverte : "
                        + "Médiathèque de Revigny à 0,4 km");
        assertThat(page.select("#legende-carte li").eachText()).startsWith("IFN de 1 à moins de 4 : peu fragile",
                "IFN de 4 à moins de 6", "IFN de 6 à moins de 8", "IFN de 8 à 10 : très fragile",
                "IFN non renseigné");

        assertThat(page.select("#communes-carte tbody tr").eachAttr("data-code"))
                .containsExactly("55427", "55001", "55493");
        assertThat(page.select("#communes-carte tbody tr[data-code=55427] > *").eachText()).containsExactly(
                "Revigny-sur-Ornain (55427)", "CC du Pays de Revigny", "3,2", "< 5",
                "Oui — Médiathèque de Revigny à 0,4 km");
        assertThat(page.select("#communes-carte tbody tr[data-code=55001] > *").eachText()).containsExactly(
                "Abainville (55001)", "CC des Portes de Meuse", "8,6", "12",
                "Non — France Services Gondrecourt à 21,4 km");
        assertThat(page.select("#communes-carte tbody tr[data-code=55493] > *").eachText()).containsExactly(
                "Sommeilles (55493)", "CC du Pays de Revigny", "non renseigné", "0", "Non — aucun lieu");
        assertThat(page.selectFirst("#communes-carte").parent().hasClass("table-wrap")).isTrue();
        assertThat(page.select("#contours-absents")).isEmpty();
        assertThat(page.select("nav a[href=/carte]").text()).isEqualTo("Carte du territoire");
        assertThat(SERVICES.received("GET", "/api/territory/contours")).singleElement().satisfies(call -> {
            assertThat(call.query()).isEqualTo("territory=55");
            assertThat(call.authorization()).isEqualTo("Bearer " + COORDINATOR);
        });
        assertThat(SERVICES.received("GET", "/api/flows")).singleElement().satisfies(call -> {
            assertThat(call.query()).isEqualTo("territory=55&groupBy=commune");
            assertThat(call.authorization()).isEqualTo("Bearer " + COORDINATOR);
        });
    }

    @Test
    void uncoveredCommunesAreHatchedOutlinedAndListedWithTheirNearestVenue() {
        servicesAnswer(CONTOURS);

        HttpResponse<String> response = get("/carte?besoin=" + ADMIN_HELP.replace(" ", "+") + "&distance=15",
                COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.selectFirst("path[data-code=55001]").attr("data-couverte")).isEqualTo("false");
        assertThat(page.selectFirst("path[data-code=55427]").attr("data-couverte")).isEqualTo("true");
        assertThat(page.select("svg#carte path.carte-non-couverte").eachAttr("data-non-couverte"))
                .containsExactly("55001", "55493");
        assertThat(page.selectFirst("svg#carte pattern#carte-hachures")).isNotNull();
        assertThat(page.select("#non-couvertes-titre").text()).isEqualTo("Communes sans lieu à moins de 15 km");
        assertThat(page.select("#communes-non-couvertes tbody tr").eachAttr("data-code"))
                .containsExactly("55001", "55493");
        assertThat(page.select("#communes-non-couvertes tbody tr[data-code=55001] > *").eachText()).containsExactly(
                "Abainville (55001)", "310", "8,6", "France Services Gondrecourt", "21,4 km");
        assertThat(page.select("#communes-non-couvertes tbody tr[data-code=55493] > *").eachText()).containsExactly(
                "Sommeilles (55493)", "240", "non renseigné", "Aucun lieu", "–");
        assertThat(page.select("#resume-couverture").text()).isEqualTo(
                "2 communes sans lieu « Faire une démarche en ligne (CAF, impôts, retraite, santé, carte grise…) » "
                        + "à moins de 15 km ; 1 commune couverte.");
        assertThat(page.select("#besoin option[selected]").attr("value")).isEqualTo(ADMIN_HELP);
        assertThat(page.select("#distance").attr("value")).isEqualTo("15");
        assertThat(SERVICES.received("GET", "/api/territory/coverage")).singleElement().satisfies(call -> {
            assertThat(query(call)).isEqualTo("service=" + ADMIN_HELP + "&maxKm=15&territory=55");
            assertThat(call.authorization()).isEqualTo("Bearer " + COORDINATOR);
        });
    }

    @Test
    void fixedVenuesAreCirclesBusStopsSquaresAndVenuesElsewhereAreLeftOut() {
        servicesAnswer(CONTOURS);

        Document page = html(get("/carte", COORDINATOR));

        assertThat(page.select("svg#carte circle.carte-lieu").eachAttr("data-lieu")).containsExactly("v-1");
        assertThat(page.select("svg#carte rect.carte-arret").eachAttr("data-lieu")).containsExactly("bus-1");
        assertThat(page.selectFirst("svg#carte circle.carte-lieu > title").text())
                .isEqualTo("Médiathèque de Revigny — lieu fixe, Revigny-sur-Ornain");
        assertThat(page.selectFirst("svg#carte rect.carte-arret > title").text()).isEqualTo(
                "Bus numérique de la Meuse — arrêt du bus à Abainville, mardi 14:00–17:00, Place de l'église");
        assertThat(page.select("#lieux-carte tbody tr").eachAttr("data-lieu")).containsExactly("v-1", "bus-1");
        assertThat(page.select("#lieux-carte tbody tr").get(1).select("td").eachText())
                .containsExactly("Arrêt du bus", "Abainville", "mardi 14:00–17:00, Place de l'église");
        assertThat(page.select("#lieux-tronques")).isEmpty();
        assertThat(SERVICES.received("GET", "/api/venues")).singleElement()
                .satisfies(call -> assertThat(call.query()).isEqualTo("page=0&size=100"));
    }

    @Test
    void aLargeDirectoryIsReadFivePagesAtMostAndThePageSaysSo() {
        servicesAnswer(CONTOURS);
        SERVICES.answer("GET", "/api/venues", 200, VENUES.replace("\"total\":3", "\"total\":2400"));

        Document page = html(get("/carte", COORDINATOR));

        assertThat(SERVICES.received("GET", "/api/venues")).extracting(FakeServices.Received::query)
                .containsExactly("page=0&size=100", "page=1&size=100", "page=2&size=100", "page=3&size=100",
                        "page=4&size=100");
        assertThat(page.select("#lieux-tronques").text())
                .isEqualTo("L'annuaire compte 2400 lieux : seuls les 15 premiers ont été examinés pour la carte.");
    }

    @Test
    void withoutContoursThePageSaysSoAndStillListsTheCommunesAndTheirCoverage() {
        servicesAnswer("{\"communes\":[],\"count\":0}");

        HttpResponse<String> response = get("/carte", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#contours-absents").text()).startsWith(
                "Les contours des communes n'ont pas encore été importés").contains("Administration");
        assertThat(page.select("svg#carte")).isEmpty();
        assertThat(page.select("#communes-carte tbody tr").eachAttr("data-code"))
                .containsExactly("55001", "55493", "55427");
        assertThat(page.select("#communes-carte tbody tr[data-code=55427] > *").eachText()).containsExactly(
                "Revigny-sur-Ornain (55427)", "–", "3,2", "< 5", "Oui — Médiathèque de Revigny à 0,4 km");
        assertThat(page.select("#communes-non-couvertes tbody tr").eachAttr("data-code"))
                .containsExactly("55001", "55493");
    }

    @Test
    void aDistanceThatIsNotANumberIsSaidNextToItsFieldWithoutAskingForCoverage() {
        servicesAnswer(CONTOURS);

        HttpResponse<String> response = get("/carte?besoin=" + ADMIN_HELP.replace(" ", "+") + "&distance=loin",
                COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.head().select("title").eachText())
                .containsExactly("Erreur : Carte du territoire – Orientation numérique");
        assertThat(page.select("#distance-erreur").text())
                .isEqualTo("La distance doit être un nombre de kilomètres, par exemple 15.");
        assertThat(page.select("#distance").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#distance").attr("aria-describedby")).isEqualTo("distance-aide distance-erreur");
        assertThat(page.select("#distance").attr("value")).isEqualTo("loin");
        assertThat(page.select("#erreurs-carte a[href=#distance]").text())
                .isEqualTo("La distance doit être un nombre de kilomètres, par exemple 15.");
        assertThat(page.select("#besoin-erreur")).isEmpty();
        assertThat(page.select("svg#carte path[data-code]")).hasSize(3);
        assertThat(page.select("#communes-non-couvertes")).isEmpty();
        assertThat(SERVICES.received("GET", "/api/territory/coverage")).isEmpty();
    }

    @Test
    void aDistanceOutOfOneToHundredIsRefused() {
        servicesAnswer(CONTOURS);

        HttpResponse<String> tooFar = get("/carte?distance=150", COORDINATOR);
        HttpResponse<String> zero = get("/carte?distance=0", COORDINATOR);
        HttpResponse<String> exponent = get("/carte?distance=1e2", COORDINATOR);

        assertThat(tooFar.statusCode()).isEqualTo(400);
        assertThat(html(tooFar).select("#distance-erreur").text())
                .isEqualTo("La distance doit être comprise entre 1 et 100 km.");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(html(zero).select("#distance-erreur").text())
                .isEqualTo("La distance doit être comprise entre 1 et 100 km.");
        assertThat(exponent.statusCode()).isEqualTo(400);
        assertThat(SERVICES.received("GET", "/api/territory/coverage")).isEmpty();
    }

    @Test
    void aDecimalDistanceWithACommaIsAccepted() {
        servicesAnswer(CONTOURS);

        HttpResponse<String> response = get("/carte?distance=12,5", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SERVICES.received("GET", "/api/territory/coverage")).singleElement()
                .satisfies(call -> assertThat(query(call)).contains("&maxKm=12.5&"));
        assertThat(html(response).select("#non-couvertes-titre").text())
                .isEqualTo("Communes sans lieu à moins de 12,5 km");
    }

    @Test
    void anUnknownNeedIsSaidNextToTheNeedList() {
        servicesAnswer(CONTOURS);

        HttpResponse<String> response = get("/carte?besoin=Jardinage&distance=15", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(html(response).select("#besoin-erreur").text()).isEqualTo("Choisissez un besoin dans la liste.");
        assertThat(html(response).select("#besoin").attr("aria-invalid")).isEqualTo("true");
        assertThat(SERVICES.received("GET", "/api/territory/coverage")).isEmpty();
    }

    @Test
    void aServiceProblemIsShownOnTheFrenchProblemPage() {
        servicesAnswer(CONTOURS);
        SERVICES.answer("GET", "/api/territory/coverage", 403, """
                {"type":"https://orientation-numerique.fr/problems/territory-not-allowed","title":"Territoire non autorisé",\
                "status":403,"detail":"Ce territoire n'est pas le vôtre."}""");

        HttpResponse<String> response = get("/carte", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(html(response).select("h1").text()).isEqualTo("Territoire non autorisé");
        assertThat(html(response).text()).contains("Ce territoire n'est pas le vôtre.");
    }

    @Test
    void theWholeOfMeuseDrawsOnePathPerCommuneInsideTheViewBox() throws IOException {
        JsonNode file = JsonMapper.builder().build()
                .readTree(Files.readString(SharedData.file("meuse-communes.geojson"), StandardCharsets.UTF_8));
        ArrayNode communes = JsonNodeFactory.instance.arrayNode();
        for (JsonNode feature : file.path("features")) {
            ArrayNode rings = JsonNodeFactory.instance.arrayNode();
            JsonNode geometry = feature.path("geometry");
            if ("Polygon".equals(geometry.path("type").asString())) {
                geometry.path("coordinates").forEach(rings::add);
            } else {
                geometry.path("coordinates").forEach(polygon -> polygon.forEach(rings::add));
            }
            ObjectNode commune = communes.addObject();
            commune.put("code", feature.path("properties").path("code").asString());
            commune.put("nom", feature.path("properties").path("nom").asString());
            commune.putNull("fragility");
            commune.set("rings", rings);
        }
        SERVICES.answer("GET", "/api/territory/contours", 200,
                "{\"communes\":" + communes + ",\"count\":" + communes.size() + "}");
        SERVICES.answer("GET", "/api/flows", 200, FLOWS);
        SERVICES.answer("GET", "/api/territory/coverage", 200, COVERAGE);
        SERVICES.answer("GET", "/api/venues", 200, VENUES);

        HttpResponse<String> response = get("/carte", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(communes.size()).isEqualTo(501);
        assertThat(page.select("svg#carte path[data-code]")).hasSize(501);
        assertThat(page.select("#communes-carte tbody tr[data-code]")).hasSize(501);
        String[] viewBox = page.selectFirst("svg#carte").attr("viewBox").split(" ");
        assertThat(viewBox[2]).isEqualTo("1000");
        double height = Double.parseDouble(viewBox[3]);
        // Meuse is about twice as high as it is wide
        assertThat(height).isBetween(1500.0, 2500.0);
        for (Element path : page.select("svg#carte path[data-code]")) {
            String d = path.attr("d");
            assertThat(d).startsWith("M").endsWith("Z");
            for (String number : d.split("[MLZ ]+")) {
                if (!number.isEmpty()) {
                    assertThat(Double.parseDouble(number)).isBetween(0.0, Math.max(1000, height));
                }
            }
        }
        // no index in the contours: the coverage's is taken
        assertThat(page.selectFirst("path[data-code=55427] > title").text()).isEqualTo(
                "Revigny-sur-Ornain (55427) — IFN 3,2 — orientations : < 5 — couverte : "
                        + "Médiathèque de Revigny à 0,4 km");
        assertThat(page.selectFirst("path[data-code=55427]").attr("class")).isEqualTo("carte-commune carte-ifn-1");
        assertThat(page.selectFirst("path[data-code=55063]").attr("class"))
                .isEqualTo("carte-commune carte-ifn-inconnu");
    }

    @Test
    void aSecretaryGetsTheFrench403PageAndNothingIsAsked() {
        HttpResponse<String> response = get("/carte", SECRETARY);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(html(response).select("h1").text()).isEqualTo("Accès refusé");
        assertThat(html(response).text()).contains("Cette page est réservée aux coordinateurs de territoire.");
        assertThat(SERVICES.received("GET", "/api/territory/contours")).isEmpty();
    }

    @Test
    void theFlowsAnswerIsReadAsTheDashboardReadsIt() {
        servicesAnswer(CONTOURS);
        SERVICES.answer("GET", "/api/flows", request -> Answer.json(FLOWS.replace("\"sent\":12", "\"sent\":1234")));

        Document page = html(get("/carte", COORDINATOR));

        assertThat(page.select("#communes-carte tbody tr[data-code=55001] td.carte-orientations").text()
                .replace('\u00a0', ' ')).isEqualTo("1 234");
    }
}
