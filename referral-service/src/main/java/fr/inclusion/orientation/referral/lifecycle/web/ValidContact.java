package fr.inclusion.orientation.referral.lifecycle.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralRules;

/**
 * The contact names a known channel, and phone and e-mail come with a plausible value; {@code via_mairie} needs
 * none. Errors are reported on {@code channel} or {@code value}, not on the contact as a whole.
 */
@Documented
@Constraint(validatedBy = ValidContact.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidContact {

    String message() default ReferralRules.CONTACT_REQUIRED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidContact, CreateReferralRequest.ContactRequest> {

        private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .-]{5,19}$");
        private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

        @Override
        public boolean isValid(CreateReferralRequest.ContactRequest contact, ConstraintValidatorContext context) {
            if (contact == null) {
                return true;
            }
            Optional<ContactChannel> channel = ContactChannel.fromCode(contact.channel());
            if (channel.isEmpty()) {
                return violation(context, "channel", ReferralRules.CONTACT_CHANNEL_INVALID);
            }
            String value = contact.value() == null ? "" : contact.value().trim();
            return switch (channel.get()) {
                case PHONE -> value.isEmpty() ? violation(context, "value", ReferralRules.CONTACT_VALUE_REQUIRED)
                        : PHONE.matcher(value).matches() || violation(context, "value",
                                "Numéro de téléphone invalide (chiffres, espaces, points ou tirets, "
                                        + "éventuellement précédés de +).");
                case EMAIL -> value.isEmpty() ? violation(context, "value", ReferralRules.CONTACT_VALUE_REQUIRED)
                        : value.length() <= 254 && EMAIL.matcher(value).matches()
                                || violation(context, "value", "Adresse e-mail invalide.");
                case VIA_MAIRIE -> true;
            };
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
