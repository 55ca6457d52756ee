package fr.inclusion.orientation.web.venue;

/** JSON as the services answer it (ReferralView, VenueView, CommuneView, problem+json), for the fake services. */
final class Samples {

    static final String VENUE_ID = "demo-revigny-france-services";
    static final String SECRETARY_ID = "6a1c9e0e-0001-4000-8000-000000000001";
    static final String STAFF_ID = "6a1c9e0e-0003-4000-8000-000000000003";

    private Samples() {
    }

    static String sentReferral(String id) {
        return referral(id, "sent", """
                [{"to":"sent","by":"%s","at":"2026-12-01T09:00:00Z"}]""".formatted(SECRETARY_ID), "");
    }

    static String acceptedReferral(String id) {
        return referral(id, "accepted", """
                [{"to":"sent","by":"%s","at":"2026-12-01T09:00:00Z"},
                 {"from":"sent","to":"accepted","by":"%s","at":"2026-12-01T10:30:00Z"}]"""
                .formatted(SECRETARY_ID, STAFF_ID), "");
    }

    static String declinedReferral(String id) {
        return referral(id, "declined", """
                [{"to":"sent","by":"%s","at":"2026-12-01T09:00:00Z"},
                 {"from":"sent","to":"declined","by":"%s","at":"2026-12-01T10:30:00Z","reason":"mobilite"}]"""
                .formatted(SECRETARY_ID, STAFF_ID), """
                ,"declineMessage":"Le bus Maxillien passe à Brabant le mardi." """);
    }

    static String referral(String id, String status, String history, String more) {
        return """
                {"id":"%s","status":"%s","venueId":"%s","need":"Aide aux démarches administratives",
                 "commune":"55427","constraints":["mobile","evening"],"deadline":"2026-12-15",
                 "resident":{"firstName":"Jeanne","contact":{"channel":"phone","value":"+33600000001"},
                             "commune":"55427"},
                 "note":"Renouveler sa carte grise en ligne.",
                 "consent":{"wordingVersion":"2026-11","recordedBy":"%s","recordedAt":"2026-12-01T09:00:00Z"},
                 "createdBy":"%s","createdAt":"2026-12-01T09:00:00Z","updatedAt":"2026-12-01T10:30:00Z",
                 "version":2,"history":%s%s}"""
                .formatted(id, status, VENUE_ID, SECRETARY_ID, SECRETARY_ID, history, more);
    }

    static String page(long total, String... items) {
        return """
                {"items":[%s],"page":0,"size":20,"total":%d}""".formatted(String.join(",", items), total);
    }

    static String venue(boolean intakePaused, Integer weeklyCapacity, Integer answerDelayDays) {
        return """
                {"id":"%s","pivot":"00000000000001","nom":"France Services Revigny-sur-Ornain (démo)",
                 "commune":"Revigny-sur-Ornain","code_postal":"55800","code_insee":"55427",
                 "adresse":"1 rue de la Démonstration","complement_adresse":"Adresse inventée (données de démonstration)",
                 "latitude":48.8296,"longitude":4.9836,"typologie":["RFS"],"telephone":["+33300000001"],
                 "courriels":["france-services.revigny@example.org"],
                 "site_web":["https://example.org/demo/france-services-revigny"],
                 "horaires":"Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00",
                 "presentation_resume":"Données de démonstration inventées.","presentation_detail":"Fiche de démonstration.",
                 "source":"demo — données inventées","structure_parente":null,"date_maj":"2026-11-01",
                 "services":["Aide aux démarches administratives"],"publics_specifiquement_adresses":[],
                 "prise_en_charge_specifique":["Handicaps moteurs"],"frais_a_charge":["Gratuit"],"itinerance":["Fixe"],
                 "modalites_acces":["Se présenter"],"modalites_accompagnement":["Accompagnement individuel"],
                 "dispositif_programmes_nationaux":["France Services"],"formations_labels":[],
                 "autres_formations_labels":[],"fiche_acces_libre":null,"prise_rdv":null,"stops":[],
                 "intake_paused":%s,"active":true,"version":4,"weekly_capacity":%s,"answer_delay_days":%s}"""
                .formatted(VENUE_ID, intakePaused, weeklyCapacity, answerDelayDays);
    }

    static final String REVIGNY = """
            {"code":"55427","nom":"Revigny-sur-Ornain","codesPostaux":["55800"],"population":2900,
             "epci":{"siren":"245501184","nom":"CC du Pays de Revigny-sur-Ornain"},"latitude":48.83,"longitude":4.98}""";

    static String validation(String field, String message) {
        return """
                {"type":"https://orientation-numerique.fr/problems/validation","title":"Requête invalide","status":400,
                 "detail":"Certains champs sont absents ou invalides.","errors":[{"field":"%s","message":"%s"}]}"""
                .formatted(field, message);
    }

    static String problem(int status, String type, String title, String detail) {
        return """
                {"type":"https://orientation-numerique.fr/problems/%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(type, title, status, detail);
    }
}
