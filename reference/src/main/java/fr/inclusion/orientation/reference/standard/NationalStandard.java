package fr.inclusion.orientation.reference.standard;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The schéma des lieux de médiation numérique (v1.0.2, Licence Ouverte): formats and the exact strings of its
 * enumerations, in the order the standard lists them. Values are compared as-is: "gratuit" is not "Gratuit".
 * The one home of these lists: venue-service validates venues against them, referral-service a referral's need
 * (one of {@link #SERVICES}).
 */
public final class NationalStandard {

    public static final String ITINERANT = "Itinérant";
    public static final String FIXE = "Fixe";

    public static final List<String> SERVICES = List.of(
            "Acquisition de matériel informatique à prix solidaire",
            "Aide aux démarches administratives",
            "Maîtrise des outils numériques du quotidien",
            "Insertion professionnelle via le numérique",
            "Utilisation sécurisée du numérique",
            "Parentalité et éducation avec le numérique",
            "Loisirs et créations numériques",
            "Compréhension du monde numérique",
            "Accès internet et matériel informatique");

    public static final List<String> FRAIS_A_CHARGE = List.of("Gratuit", "Gratuit sous condition", "Payant");

    public static final List<String> ITINERANCE = List.of(ITINERANT, FIXE);

    public static final List<String> MODALITES_ACCOMPAGNEMENT = List.of(
            "En autonomie", "Accompagnement individuel", "Dans un atelier collectif", "À distance");

    public static final List<String> MODALITES_ACCES = List.of(
            "Se présenter", "Téléphoner", "Contacter par mail", "Envoyer un mail avec une fiche de prescription",
            "Prendre un RDV en ligne", "Ce lieu n'accueille pas de public");

    public static final List<String> PUBLICS_SPECIFIQUEMENT_ADRESSES = List.of(
            "Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes");

    public static final List<String> PRISE_EN_CHARGE_SPECIFIQUE = List.of(
            "Surdité", "Handicaps moteurs", "Handicaps mentaux", "Illettrisme", "Langues étrangères (anglais)",
            "Langues étrangères (autres)", "Déficience visuelle");

    public static final List<String> DISPOSITIF_PROGRAMMES_NATIONAUX = List.of(
            "Aidants Connect", "Bibliothèques numérique de référence", "Certification PIX",
            "Conseillers numériques", "Emmaüs Connect", "France Services", "Grande école du numérique",
            "La Croix Rouge", "Point d'accès numérique CAF", "Promeneurs du net",
            "Relais numérique (Emmaüs Connect)");

    public static final List<String> FORMATIONS_LABELS = List.of(
            "Formé à « Mon Espace Santé »", "Formé à « DUPLEX » (illettrisme)",
            "Arnia/MedNum BFC (Bourgogne-Franche-Comté)",
            "Collectif ressources et acteurs réemploi (Normandie)", "Étapes numériques(La Poste)",
            "Fabriques de Territoire", "Les Éclaireurs du numérique (Drôme)", "Mes Papiers (Métropole de Lyon)",
            "ORDI 3.0", "SUD LABS (PACA)");

    /** SIRET (14 digits), RNA (W + 9) or RIDET: 9 to 14 letters or digits. */
    public static final Pattern PIVOT = Pattern.compile("^[a-zA-Z0-9]{9,14}$");
    public static final Pattern CODE_POSTAL = Pattern.compile("^\\d{5}$");
    /** INSEE commune code, including Corsica (2A, 2B) and overseas (97x). */
    public static final Pattern CODE_INSEE = Pattern.compile("^([013-9]\\d|2[AB1-9])\\d{3}$");
    public static final Pattern TELEPHONE = Pattern.compile(
            "^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)(\\d){6,9}$");
    /** The standard lists about 90 typology codes and adds new ones; any code of that shape is accepted. */
    public static final Pattern TYPOLOGIE = Pattern.compile("^([A-Z0-9_]+|Autre)$");
    public static final Pattern COURRIEL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");
    public static final int PRESENTATION_RESUME_MAX = 280;

    private NationalStandard() {
    }

    /** Whether {@code value} is exactly one of the standard's {@code services} (a referral's need is one). */
    public static boolean isService(String value) {
        return value != null && SERVICES.contains(value);
    }
}
