package fr.inclusion.orientation.web.venue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every e-mail and SMS links a referral as {@code /orientations/<id>} (API.md), whoever receives it. For the venue's
 * staff that link is their referral's page here, where « Accepter » is one button: from the e-mail, accepting takes
 * two clicks. A filter rather than a controller so that the secretary's page at the same address stays the
 * secretary's; it runs after sign-in (the token is checked) and only for venue staff who are not also secretaries.
 */
@Component
class EmailLinkForVenueStaff extends OncePerRequestFilter {

    private static final Pattern REFERRAL_LINK = Pattern.compile("^/orientations/([^/]+)/?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher link = REFERRAL_LINK.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && link.matches()
                && isVenueStaffOnly(SecurityContextHolder.getContext().getAuthentication())) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + UriComponentsBuilder
                    .fromPath(ReceivedReferralsController.HOME + "/").path(link.group(1)).build().toUriString());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isVenueStaffOnly(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        boolean staff = false;
        for (var authority : authentication.getAuthorities()) {
            if ("ROLE_secretary".equals(authority.getAuthority())) {
                return false;
            }
            staff |= "ROLE_venue_staff".equals(authority.getAuthority());
        }
        return staff;
    }
}
