package fr.inclusion.orientation.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orientation.security.*}: which tokens of the realm a service accepts, besides issuer, signature and dates.
 *
 * @param audience the client id that access tokens meant for our services carry in {@code aud}: the realm's
 *                 audience mappers put {@code gateway} in the access tokens of the clients users sign in with
 */
@ConfigurationProperties("orientation.security")
public record AccessTokens(@DefaultValue("gateway") String audience) {
}
