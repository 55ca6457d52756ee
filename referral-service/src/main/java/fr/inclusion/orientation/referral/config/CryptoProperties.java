package fr.inclusion.orientation.referral.config;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orientation.crypto.*}: the keys that encrypt residents' personal data at rest.
 *
 * @param activeKeyId the key id new values are sealed with
 * @param keys        key id → base64 of 32 random bytes; keep retired keys here until their data is purged
 */
@ConfigurationProperties("orientation.crypto")
public record CryptoProperties(String activeKeyId, Map<String, String> keys) {
}
