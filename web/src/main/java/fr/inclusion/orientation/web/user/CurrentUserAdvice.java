package fr.inclusion.orientation.web.user;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in ({@code user} in the templates: the header, the menu by role). */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("user")
    CurrentUser user(@AuthenticationPrincipal Jwt jwt) {
        return jwt == null ? null : CurrentUser.of(jwt);
    }
}
