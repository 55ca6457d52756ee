package fr.inclusion.orientation.referral.lifecycle.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralRules;

/** The value is one of the national standard's {@code services} (a missing value is invalid too). */
@Documented
@Constraint(validatedBy = StandardService.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface StandardService {

    String message() default ReferralRules.NEED_INVALID;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StandardService, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return NationalStandard.isService(value);
        }
    }
}
