package fr.inclusion.orientation.venue.directory.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.inclusion.orientation.reference.standard.NationalStandard;

/**
 * The invariants of a venue record: the national standard's required fields, formats and enumerations, plus the
 * network's own (mobile stops). Collects every violation rather than stopping at the first, because an import must
 * tell a producer everything wrong with a line in one pass. Field names are the standard's.
 */
public final class VenueRules {

    static final int ID_MAX = 128;
    static final int TEXT_MAX = 250;
    private static final Pattern ID = Pattern.compile("^[^\\s/?#%\\\\]{1," + ID_MAX + "}$");
    private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");

    private VenueRules() {
    }

    public static List<Violation> check(String id, VenueDetails venue, List<MobileStop> stops) {
        List<Violation> violations = new ArrayList<>();
        Checker check = new Checker(violations);

        if (check.required("id", id)) {
            check.matches("id", id.strip(), ID,
                    "identifiant de 1 à " + ID_MAX + " caractères, sans espace ni / ? # % \\");
        }
        if (check.required("pivot", venue.pivot())) {
            check.matches("pivot", venue.pivot(), NationalStandard.PIVOT,
                    "doit être un SIRET, un RNA ou un RIDET : 9 à 14 lettres ou chiffres, sans espace");
        }
        if (check.required("nom", venue.nom())) {
            check.maxLength("nom", venue.nom(), TEXT_MAX);
        }
        if (check.required("commune", venue.commune())) {
            check.maxLength("commune", venue.commune(), TEXT_MAX);
        }
        if (check.required("code_postal", venue.codePostal())) {
            check.matches("code_postal", venue.codePostal(), NationalStandard.CODE_POSTAL,
                    "doit compter exactement 5 chiffres");
        }
        if (venue.codeInsee() != null) {
            check.matches("code_insee", venue.codeInsee(), NationalStandard.CODE_INSEE,
                    "code INSEE de commune invalide (5 caractères, par exemple 55427 ou 2A004)");
        }
        if (check.required("adresse", venue.adresse())) {
            check.maxLength("adresse", venue.adresse(), TEXT_MAX);
        }
        if (venue.dateMaj() == null) {
            check.add("date_maj", "obligatoire (date de mise à jour au format AAAA-MM-JJ)");
        }
        coordinates(check, venue);

        check.eachMatches("typologie", venue.typologie(), NationalStandard.TYPOLOGIE,
                "code de typologie inconnu : lettres majuscules, chiffres et _ (par exemple BIB, RFS, TIERS_LIEUX) "
                        + "ou Autre");
        check.eachMatches("telephone", venue.telephone(), NationalStandard.TELEPHONE,
                "numéro invalide : indicatif international puis chiffres, sans espace (par exemple +33329000000)");
        check.eachMatches("courriels", venue.courriels(), NationalStandard.COURRIEL, "adresse e-mail invalide");
        check.eachMatches("site_web", venue.siteWeb(), NationalStandard.URL,
                "adresse web invalide : doit commencer par http:// ou https://");
        if (venue.ficheAccesLibre() != null) {
            check.matches("fiche_acces_libre", venue.ficheAccesLibre(), NationalStandard.URL,
                    "adresse web invalide : doit commencer par http:// ou https://");
        }
        if (venue.priseRdv() != null) {
            check.matches("prise_rdv", venue.priseRdv(), NationalStandard.URL,
                    "adresse web invalide : doit commencer par http:// ou https://");
        }
        if (venue.presentationResume() != null) {
            check.maxLength("presentation_resume", venue.presentationResume(),
                    NationalStandard.PRESENTATION_RESUME_MAX);
        }
        if (venue.horaires() != null) {
            OpeningHours.problem(venue.horaires()).ifPresent(message -> check.add("horaires", message));
        }

        check.oneOf("services", venue.services(), NationalStandard.SERVICES);
        check.oneOf("frais_a_charge", venue.fraisACharge(), NationalStandard.FRAIS_A_CHARGE);
        check.oneOf("itinerance", venue.itinerance(), NationalStandard.ITINERANCE);
        check.oneOf("modalites_acces", venue.modalitesAcces(), NationalStandard.MODALITES_ACCES);
        check.oneOf("modalites_accompagnement", venue.modalitesAccompagnement(),
                NationalStandard.MODALITES_ACCOMPAGNEMENT);
        check.oneOf("publics_specifiquement_adresses", venue.publicsSpecifiquementAdresses(),
                NationalStandard.PUBLICS_SPECIFIQUEMENT_ADRESSES);
        check.oneOf("prise_en_charge_specifique", venue.priseEnChargeSpecifique(),
                NationalStandard.PRISE_EN_CHARGE_SPECIFIQUE);
        check.oneOf("dispositif_programmes_nationaux", venue.dispositifProgrammesNationaux(),
                NationalStandard.DISPOSITIF_PROGRAMMES_NATIONAUX);
        check.oneOf("formations_labels", venue.formationsLabels(), NationalStandard.FORMATIONS_LABELS);

        stops(check, venue, stops == null ? List.of() : stops);
        return violations;
    }

    private static void coordinates(Checker check, VenueDetails venue) {
        Double latitude = venue.latitude();
        Double longitude = venue.longitude();
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            check.add("latitude", "doit être comprise entre -90 et 90");
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            check.add("longitude", "doit être comprise entre -180 et 180");
        }
        if (latitude == null && longitude != null) {
            check.add("latitude", "obligatoire lorsque la longitude est renseignée");
        }
        if (longitude == null && latitude != null) {
            check.add("longitude", "obligatoire lorsque la latitude est renseignée");
        }
    }

    private static void stops(Checker check, VenueDetails venue, List<MobileStop> stops) {
        if (!stops.isEmpty() && !venue.isMobile()) {
            check.add("itinerance", "doit contenir « " + NationalStandard.ITINERANT
                    + " » pour un lieu qui a des arrêts (stops)");
        }
        for (int i = 0; i < stops.size(); i++) {
            String prefix = "stops[" + i + "].";
            MobileStop stop = stops.get(i);
            if (stop == null) {
                check.add("stops[" + i + "]", "arrêt vide");
                continue;
            }
            if (check.required(prefix + "commune", stop.commune())) {
                check.matches(prefix + "commune", stop.commune(), NationalStandard.CODE_INSEE,
                        "code INSEE de commune invalide (5 caractères, par exemple 55427)");
            }
            if (stop.weekday() < 1 || stop.weekday() > 7) {
                check.add(prefix + "weekday", "jour de 1 (lundi) à 7 (dimanche)");
            }
            LocalTime from = time(check, prefix + "from", stop.from());
            LocalTime to = time(check, prefix + "to", stop.to());
            if (from != null && to != null && !to.isAfter(from)) {
                check.add(prefix + "to", "l'heure de fin doit suivre l'heure de début");
            }
            if (check.required(prefix + "place", stop.place())) {
                check.maxLength(prefix + "place", stop.place(), TEXT_MAX);
            }
        }
    }

    private static LocalTime time(Checker check, String field, String value) {
        if (!check.required(field, value)) {
            return null;
        }
        if (!TIME.matcher(value).matches()) {
            check.add(field, "heure au format HH:mm (par exemple 09:30)");
            return null;
        }
        return LocalTime.parse(value);
    }

    private record Checker(List<Violation> violations) {

        void add(String field, String message) {
            violations.add(new Violation(field, message));
        }

        boolean required(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, "obligatoire");
                return false;
            }
            return true;
        }

        void matches(String field, String value, Pattern pattern, String message) {
            if (!pattern.matcher(value).matches()) {
                add(field, message + " (reçu « " + value + " »)");
            }
        }

        void maxLength(String field, String value, int max) {
            if (value.codePointCount(0, value.length()) > max) {
                add(field, max + " caractères au plus");
            }
        }

        void eachMatches(String field, List<String> values, Pattern pattern, String message) {
            values.forEach(value -> matches(field, value, pattern, message));
        }

        void oneOf(String field, List<String> values, List<String> allowed) {
            values.stream().filter(value -> !allowed.contains(value)).forEach(value -> add(field,
                    "valeur inconnue « " + value + " » ; valeurs possibles : " + String.join(" · ", allowed)));
        }
    }
}
