package fr.inclusion.orientation.referral.lifecycle.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.inclusion.orientation.referral.lifecycle.domain.Contact;
import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralRules;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;

/** Body of {@code POST /api/referrals} (API.md). Messages are the domain's, so both walls say the same thing. */
record CreateReferralRequest(
        @NotBlank(message = ReferralRules.VENUE_REQUIRED)
        @Size(max = 200, message = "L'identifiant du lieu ne doit pas dépasser 200 caractères.")
        String venueId,

        @StandardService
        String need,

        @Size(max = 500, message = "La justification ne doit pas dépasser 500 caractères.")
        String needOverrideReason,

        @NotNull(message = ReferralRules.RESIDENT_REQUIRED)
        @Valid
        ResidentRequest resident,

        @Size(max = 5, message = "Au plus 5 contraintes.")
        List<@Pattern(regexp = "free|evening|weekend|mobile|accessible",
                message = ReferralRules.CONSTRAINT_INVALID) String> constraints,

        @Size(max = 1000, message = "La note ne doit pas dépasser 1000 caractères.")
        String note,

        @FutureOrPresent(message = "La date limite de la démarche ne peut pas être passée.")
        LocalDate deadline,

        @NotNull(message = ReferralRules.CONSENT_REQUIRED)
        @Valid
        ConsentRequest consent) {

    record ResidentRequest(
            @NotBlank(message = ReferralRules.FIRST_NAME_REQUIRED)
            @Size(max = 60, message = "Le prénom ne doit pas dépasser 60 caractères.")
            String firstName,

            @NotNull(message = ReferralRules.CONTACT_REQUIRED)
            @Valid
            ContactRequest contact,

            @NotNull(message = ReferralRules.COMMUNE_INVALID)
            @Pattern(regexp = "\\d{5}|2[AB]\\d{3}", message = ReferralRules.COMMUNE_INVALID)
            String commune) {
    }

    @ValidContact
    record ContactRequest(String channel, String value) {
    }

    record ConsentRequest(
            @NotNull(message = ReferralRules.CONSENT_NOT_GIVEN)
            @AssertTrue(message = ReferralRules.CONSENT_NOT_GIVEN)
            Boolean given,

            @NotBlank(message = ReferralRules.CONSENT_WORDING_REQUIRED)
            @Size(max = 50, message = "La version du texte de consentement ne doit pas dépasser 50 caractères.")
            String wordingVersion) {
    }

    /** Called once the request is valid. */
    ReferralDraft toDraft() {
        ContactChannel channel = ContactChannel.fromCode(resident.contact().channel()).orElseThrow();
        String value = channel.needsValue() ? resident.contact().value().trim() : null;
        return new ReferralDraft(venueId.trim(), need, needOverrideReason, new Resident(
                resident.firstName().trim(), new Contact(channel, value), resident.commune()),
                constraints == null ? List.of() : constraints.stream().distinct().toList(), note, deadline,
                Boolean.TRUE.equals(consent.given()), consent.wordingVersion().trim());
    }
}
