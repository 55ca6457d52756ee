package fr.inclusion.orientation.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services answer, straight (not through the gateway: the user's token is already checked here). */
@ConfigurationProperties("orientation.services")
public record ServiceUrls(String venue, String referral, String notification) {
}
