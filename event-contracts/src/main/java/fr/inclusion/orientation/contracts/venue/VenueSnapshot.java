package fr.inclusion.orientation.contracts.venue;

import java.time.LocalDate;
import java.util.List;

/**
 * A venue in the national standard (schéma des lieux de médiation numérique), field names in camelCase, list
 * values as arrays, plus the network's own fields: mobile stops, intake state, activity, answer delay.
 *
 * @param id           the standard's {@code id}
 * @param pivot        SIRET, RNA or RIDET
 * @param codeInsee    INSEE code of the venue's commune
 * @param services     values of the standard's {@code services} enumeration
 * @param fraisACharge Gratuit, Gratuit sous condition, Payant
 * @param itinerance   Itinérant and/or Fixe
 * @param horaires     OpenStreetMap opening_hours
 * @param stops        where and when a mobile venue stops
 * @param intakePaused the venue does not take new referrals for now
 * @param active       false once withdrawn from the directory
 * @param weeklyCapacity how many referrals a week the venue says it can take; {@code null} when it did not say
 *                       (an additive field: absent from older messages, read as {@code null})
 * @param answerDelayDays the venue's service level: working days it commits to answer a referral within (1..20);
 *                        {@code null} when it did not say, and the network's default applies (an additive field:
 *                        absent from older messages, read as {@code null}). Not a field of the national standard.
 */
public record VenueSnapshot(
        String id,
        String pivot,
        String nom,
        String commune,
        String codePostal,
        String codeInsee,
        String adresse,
        String complementAdresse,
        Double latitude,
        Double longitude,
        List<String> typologie,
        List<String> telephone,
        List<String> courriels,
        List<String> siteWeb,
        String horaires,
        String presentationResume,
        String source,
        String structureParente,
        LocalDate dateMaj,
        List<String> services,
        List<String> publicsSpecifiquementAdresses,
        List<String> priseEnChargeSpecifique,
        List<String> fraisACharge,
        List<String> itinerance,
        List<String> modalitesAcces,
        List<String> modalitesAccompagnement,
        List<String> dispositifProgrammesNationaux,
        List<MobileStop> stops,
        boolean intakePaused,
        boolean active,
        Integer weeklyCapacity,
        Integer answerDelayDays) {

    /** A snapshot without an answer delay, the shape before {@code answerDelayDays} was added. */
    public VenueSnapshot(String id, String pivot, String nom, String commune, String codePostal, String codeInsee,
            String adresse, String complementAdresse, Double latitude, Double longitude, List<String> typologie,
            List<String> telephone, List<String> courriels, List<String> siteWeb, String horaires,
            String presentationResume, String source, String structureParente, LocalDate dateMaj,
            List<String> services, List<String> publicsSpecifiquementAdresses, List<String> priseEnChargeSpecifique,
            List<String> fraisACharge, List<String> itinerance, List<String> modalitesAcces,
            List<String> modalitesAccompagnement, List<String> dispositifProgrammesNationaux, List<MobileStop> stops,
            boolean intakePaused, boolean active, Integer weeklyCapacity) {
        this(id, pivot, nom, commune, codePostal, codeInsee, adresse, complementAdresse, latitude, longitude,
                typologie, telephone, courriels, siteWeb, horaires, presentationResume, source, structureParente,
                dateMaj, services, publicsSpecifiquementAdresses, priseEnChargeSpecifique, fraisACharge, itinerance,
                modalitesAcces, modalitesAccompagnement, dispositifProgrammesNationaux, stops, intakePaused, active,
                weeklyCapacity, null);
    }

    /** A stop of a mobile venue: in a commune, on a weekday (1 = Monday … 7 = Sunday), from / to (HH:mm), at a place. */
    public record MobileStop(String commune, int weekday, String from, String to, String place) {
    }
}
