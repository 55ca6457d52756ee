package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.support.problem.FieldError;

/**
 * The invariants of a new referral, with the French messages users read. The web edge checks the same things with
 * Bean Validation so that every error comes back at once; this is the wall every other entry point goes through.
 */
public final class ReferralRules {

    /** INSEE commune code: five digits, or 2A/2B and three digits for Corsica. */
    public static final Pattern INSEE_CODE = Pattern.compile("^(\\d{5}|2[AB]\\d{3})$");

    public static final String CONSENT_REQUIRED = "Le consentement du résident est obligatoire.";
    public static final String CONSENT_NOT_GIVEN =
            "Le résident doit avoir donné son consentement (consent.given = true).";
    public static final String CONSENT_WORDING_REQUIRED =
            "La version du texte de consentement lu au résident est obligatoire.";
    public static final String RESIDENT_REQUIRED = "Le résident est obligatoire.";
    public static final String FIRST_NAME_REQUIRED = "Le prénom (ou les initiales) du résident est obligatoire.";
    public static final String CONTACT_REQUIRED = "Un moyen de contact du résident est obligatoire.";
    public static final String CONTACT_CHANNEL_INVALID =
            "Le canal de contact doit être « phone », « email » ou « via_mairie ».";
    public static final String CONTACT_VALUE_REQUIRED =
            "Le numéro de téléphone ou l'adresse e-mail est obligatoire pour ce canal de contact.";
    public static final String COMMUNE_INVALID =
            "La commune doit être un code INSEE de 5 caractères (par exemple 55427).";
    public static final String NEED_INVALID =
            "Le besoin doit être l'un des services du référentiel national des lieux de médiation numérique "
                    + "(par exemple « Aide aux démarches administratives »).";
    public static final String VENUE_REQUIRED = "Le lieu (venueId) est obligatoire.";
    public static final String CONSTRAINT_INVALID =
            "Contrainte inconnue ; valeurs possibles : free, evening, weekend, mobile, accessible.";

    private ReferralRules() {
    }

    public static List<FieldError> check(ReferralDraft draft) {
        List<FieldError> violations = new ArrayList<>();
        if (isBlank(draft.venueId())) {
            violations.add(new FieldError("venueId", VENUE_REQUIRED));
        }
        if (!NationalStandard.isService(draft.need())) {
            violations.add(new FieldError("need", NEED_INVALID));
        }
        if (!draft.consentGiven()) {
            violations.add(new FieldError("consent.given", CONSENT_NOT_GIVEN));
        }
        if (isBlank(draft.consentWording())) {
            violations.add(new FieldError("consent.wordingVersion", CONSENT_WORDING_REQUIRED));
        }
        for (String constraint : draft.constraints()) {
            if (!ResidentConstraints.isKnown(constraint)) {
                violations.add(new FieldError("constraints", CONSTRAINT_INVALID));
                break;
            }
        }
        Resident resident = draft.resident();
        if (resident == null) {
            violations.add(new FieldError("resident", RESIDENT_REQUIRED));
            return violations;
        }
        if (isBlank(resident.firstName())) {
            violations.add(new FieldError("resident.firstName", FIRST_NAME_REQUIRED));
        }
        if (resident.communeCode() == null || !INSEE_CODE.matcher(resident.communeCode()).matches()) {
            violations.add(new FieldError("resident.commune", COMMUNE_INVALID));
        }
        Contact contact = resident.contact();
        if (contact == null || contact.channel() == null) {
            violations.add(new FieldError("resident.contact", CONTACT_REQUIRED));
        } else if (contact.channel().needsValue() && isBlank(contact.value())) {
            violations.add(new FieldError("resident.contact.value", CONTACT_VALUE_REQUIRED));
        }
        return violations;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
