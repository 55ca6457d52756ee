package fr.inclusion.orientation.web.secretary;

/**
 * Answers of venue-service and referral-service in their real shapes (SearchResultsView, VenueView, CommuneView,
 * ReferralView of the services), for the demo venues of Revigny-sur-Ornain.
 */
final class ApiSamples {

    static final String REVIGNY = "55427";
    static final String FRANCE_SERVICES = "demo-revigny-france-services";
    static final String BUS = "demo-maxillien";
    static final String LIBRARY = "demo-mediatheque-revigny";
    static final String ADMIN_HELP = "Aide aux démarches administratives";
    static final String REFERRAL = "0193b7a2-5c1e-7d4f-9a2b-3c4d5e6f7a8b";
    static final String REROUTED = "0193b7a9-0000-7aaa-8bbb-cccccccccccc";

    private ApiSamples() {
    }

    static final String REVIGNY_COMMUNE = """
            {"code":"55427","nom":"Revigny-sur-Ornain","codesPostaux":["55800"],"population":2871,
             "epci":{"siren":"245501184","nom":"CC du Pays de Revigny-sur-Ornain"},
             "latitude":48.8297,"longitude":4.9842}""";

    static final String COMMUNES_REVI = """
            {"items":[%s,
              {"code":"55493","nom":"Sommeilles","codesPostaux":["55800"],"population":204,
               "epci":{"siren":"245501184","nom":"CC du Pays de Revigny-sur-Ornain"},
               "latitude":48.9152,"longitude":4.9561}],
             "page":0,"size":10,"total":2}""".formatted(REVIGNY_COMMUNE);

    static String venue(String id, String nom, double latitude, double longitude, boolean paused, boolean mobile) {
        return """
                {"id":"%s","pivot":"00000000000001","nom":"%s","commune":"Revigny-sur-Ornain",
                 "code_postal":"55800","code_insee":"55427","adresse":"1 rue de la Démonstration",
                 "complement_adresse":"Adresse inventée (données de démonstration)",
                 "latitude":%s,"longitude":%s,"typologie":["RFS"],"telephone":["+33300000001"],
                 "courriels":["contact@example.org"],"site_web":[],
                 "horaires":"Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00",
                 "presentation_resume":"Données de démonstration.","date_maj":"2026-11-01",
                 "services":["Aide aux démarches administratives"],"frais_a_charge":["Gratuit"],
                 "itinerance":["%s"],"modalites_acces":["Se présenter","Téléphoner"],
                 "stops":%s,"intake_paused":%s,"active":true,"version":3}""".formatted(id, nom, latitude, longitude,
                mobile ? "Itinérant" : "Fixe",
                mobile ? "[{\"commune\":\"55427\",\"weekday\":2,\"from\":\"14:00\",\"to\":\"16:00\","
                        + "\"place\":\"Place de la mairie\"}]" : "[]",
                paused);
    }

    static final String FRANCE_SERVICES_VENUE = venue(FRANCE_SERVICES, "France Services Revigny-sur-Ornain (démo)",
            48.8296, 4.9836, false, false);
    static final String BUS_VENUE = venue(BUS, "Le Maxillien, bus des services publics (démo)", 48.77, 5.16, false,
            true);
    static final String LIBRARY_VENUE = venue(LIBRARY, "Médiathèque de Revigny (démo)", 48.83, 4.99, true, false);

    static final String SEARCH = """
            {"items":[
              {"venue":%s,"distanceKm":0.04,"score":0.93,
               "reasons":["gratuit","ouvert le samedi","prochaine ouverture samedi 9 h"],
               "nextOpening":"2099-12-12T09:00:00+01:00"},
              {"venue":%s,"distanceKm":14.2,"score":0.81,
               "reasons":["le bus passe dans votre commune mardi 14 h","gratuit"],
               "nextMobileStop":{"at":"2099-12-15T14:00:00+01:00","commune":"55427","weekday":2,
                                 "from":"14:00","to":"16:00","place":"Place de la mairie"}},
              {"venue":%s,"distanceKm":0.3,"score":0.2,
               "reasons":["gratuit","accueil des orientations suspendu"],
               "nextOpening":"2099-12-14T10:00:00+01:00"}]}"""
            .formatted(FRANCE_SERVICES_VENUE, BUS_VENUE, LIBRARY_VENUE);

    static String referral(String id, String status, String venueId, String history, String extra) {
        return """
                {"id":"%s","status":"%s","venueId":"%s","need":"Aide aux démarches administratives",
                 "commune":"55427","constraints":["free"],
                 "resident":{"firstName":"Marie","contact":{"channel":"phone","value":"06 12 34 56 78"},
                             "commune":"55427"},
                 "note":"Rappeler après 17 h",
                 "consent":{"wordingVersion":"v1","recordedBy":"%s","recordedAt":"2026-12-10T13:05:00Z"},
                 "createdBy":"%s","createdAt":"2026-12-10T13:05:00Z","updatedAt":"2026-12-11T08:00:00Z",
                 "version":2,"history":%s%s}"""
                .formatted(id, status, venueId, secretaryId(), secretaryId(), history, extra);
    }

    static String sentHistory() {
        return "[{\"to\":\"sent\",\"by\":\"" + secretaryId() + "\",\"at\":\"2026-12-10T13:05:00Z\"}]";
    }

    static String declinedHistory() {
        return "[{\"to\":\"sent\",\"by\":\"" + secretaryId() + "\",\"at\":\"2026-12-10T13:05:00Z\"},"
                + "{\"from\":\"sent\",\"to\":\"declined\",\"by\":\"staff-1\",\"at\":\"2026-12-11T08:00:00Z\","
                + "\"reason\":\"session-complete\"}]";
    }

    static String secretaryId() {
        return fr.inclusion.orientation.testsupport.TestJwts.subjectOf("secretaire.revigny");
    }
}
