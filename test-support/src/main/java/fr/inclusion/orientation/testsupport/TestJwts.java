package fr.inclusion.orientation.testsupport;

import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.JwtDecoder;
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
 * Access tokens shaped like the realm's (flat {@code roles}, {@code communes}, {@code venue_id}, {@code territory}),
 * signed with a key generated for the test run, and the decoders that trust it.
 */
public final class TestJwts {

    public static final String ISSUER = "http://127.0.0.1:8180/realms/orientation";
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

    /** The subject is derived from the username so that the same user always has the same id. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }

    public static String token(String username, List<String> roles, List<String> communes, String venueId,
            String territory) {
        return token(username, roles, communes, venueId, territory, java.util.Map.of());
    }

    /**
     * A token of the realm's shape with some claims replaced, for the checks on what a token is for: e.g.
     * {@code Map.of("aud", "account")} (meant for another client) or {@code Map.of("typ", "ID")} (an ID token).
     */
    public static String withClaims(String username, List<String> roles, java.util.Map<String, Object> replaced) {
        return token(username, roles, List.of(), null, null, replaced);
    }

    private static String token(String username, List<String> roles, List<String> communes, String venueId,
            String territory, java.util.Map<String, Object> replaced) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subjectOf(username))
                .audience("gateway")
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
        replaced.forEach(claims::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JwtDecoder decoder() {
        return NimbusJwtDecoder.withPublicKey(publicKey()).build();
    }

    public static ReactiveJwtDecoder reactiveDecoder() {
        return NimbusReactiveJwtDecoder.withPublicKey(publicKey()).build();
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
