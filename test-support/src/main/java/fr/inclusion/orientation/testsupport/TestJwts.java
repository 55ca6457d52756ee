package fr.inclusion.orientation.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens shaped like the realm's (flat {@code roles}, {@code communes}, {@code venue_id}, {@code territory},
 * {@code aud} {@value #AUDIENCE} from the clients' audience mapper, {@code typ} {@code Bearer}), signed with a key
 * generated for the test run, and the decoders that trust it. Also tokens the services must refuse although they
 * are signed with that key: meant for another audience, or an ID token.
 */
public final class TestJwts {

    public static final String ISSUER = "http://127.0.0.1:8180/realms/orientation";
    /** What the realm's audience mappers put in access tokens, and the services' default expected audience. */
    public static final String AUDIENCE = "gateway";
    private static final RSAKey KEY = generate();

    private TestJwts() {
    }

    public static String secretary(String username, String... communes) {
        return token(username, List.of("secretary"), List.of(communes), null, null);
    }

    public static String venueStaff(String username, String venueId) {
        return token(username, List.of("venue_staff"), List.of(), venueId, null);
    }

    public static String coordinator(String username, String territory) {
        return token(username, List.of("coordinator"), List.of(), null, territory);
    }

    public static String admin(String username) {
        return token(username, List.of("admin"), List.of(), null, null);
    }

    /** A secretary's access token that expires {@code lifetime} from now. */
    public static String secretaryExpiringIn(Duration lifetime, String username, String... communes) {
        return signed(claims(username, List.of("secretary"), List.of(communes), null, null)
                .expirationTime(Date.from(Instant.now().plus(lifetime))).build());
    }

    /** A well-signed access token of the realm, but meant for another client ({@code aud} without ours). */
    public static String otherAudience(String username, String audience) {
        return signed(claims(username, List.of("admin"), List.of(), null, null).audience(audience).build());
    }

    /**
     * A well-signed ID token of the realm ({@code typ: ID}), not an access token; it carries our audience so that
     * only its type tells it apart.
     */
    public static String idToken(String username) {
        return signed(claims(username, List.of("admin"), List.of(), null, null)
                .audience(AUDIENCE).claim("typ", "ID").build());
    }

    /** The subject is derived from the username so that the same user always has the same id. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }

    public static String token(String username, List<String> roles, List<String> communes, String venueId,
            String territory) {
        return signed(claims(username, roles, communes, venueId, territory).build());
    }

    /** An access token as the realm makes it, changed by {@code change} (a claim removed, another value...). */
    public static String token(String username, List<String> roles, UnaryOperator<JWTClaimsSet.Builder> change) {
        return signed(change.apply(claims(username, roles, List.of(), null, null)).build());
    }

    /** Trusts the test key and checks the dates, like a decoder built without an issuer. */
    public static JwtDecoder decoder() {
        return NimbusJwtDecoder.withPublicKey(publicKey()).build();
    }

    /**
     * Trusts the test key, checks the dates and then applies {@code validators}, as Spring Boot's decoder applies
     * the application's {@code OAuth2TokenValidator<Jwt>} beans.
     */
    public static JwtDecoder decoder(List<OAuth2TokenValidator<Jwt>> validators) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey()).build();
        List<OAuth2TokenValidator<Jwt>> all = new ArrayList<>();
        all.add(JwtValidators.createDefault());
        all.addAll(validators);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(all));
        return decoder;
    }

    private static JWTClaimsSet.Builder claims(String username, List<String> roles, List<String> communes,
            String venueId, String territory) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subjectOf(username))
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("typ", "Bearer")
                .claim("preferred_username", username)
                .claim("roles", roles)
                .claim("communes", communes);
        if (venueId != null) {
            claims.claim("venue_id", venueId);
        }
        if (territory != null) {
            claims.claim("territory", territory);
        }
        return claims;
    }

    private static String signed(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReactiveJwtDecoder reactiveDecoder() {
        return NimbusReactiveJwtDecoder.withPublicKey(publicKey()).build();
    }

    /** The test key's public half in PEM, for a decoder configured by properties (public-key-location). */
    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
