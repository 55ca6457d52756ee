package fr.inclusion.orientation.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import fr.inclusion.orientation.testsupport.TestJwts;

class RecentTokensTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final JwtDecoder realDecoder = TestJwts.decoder();
    private final JwtDecoder counting = token -> {
        checks.incrementAndGet();
        return realDecoder.decode(token);
    };

    @Test
    void aTokenAlreadyCheckedIsNotCheckedAgainUntilItExpires() {
        String token = TestJwts.secretary("secretaire.revigny", "55427");
        Instant issued = realDecoder.decode(token).getIssuedAt();
        RecentTokens now = new RecentTokens(counting, Clock.fixed(issued.plusSeconds(10), ZoneOffset.UTC));

        assertThat(now.decode(token).getSubject()).isEqualTo(TestJwts.subjectOf("secretaire.revigny"));
        assertThat(now.decode(token).getClaimAsStringList("communes")).containsExactly("55427");
        assertThat(checks).hasValue(1);

        RecentTokens later = new RecentTokens(counting,
                Clock.fixed(issued.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        later.decode(token);
        later.decode(token);
        assertThat(checks).hasValue(3);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        String token = TestJwts.admin("admin");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        RecentTokens tokens = new RecentTokens(counting, Clock.systemUTC());

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void eachTokenIsCheckedOnItsOwn() {
        RecentTokens tokens = new RecentTokens(counting, Clock.systemUTC());
        String first = TestJwts.secretary("secretaire.revigny", "55427");
        String second = TestJwts.venueStaff("lieu.franceservices", "demo-revigny-france-services");

        assertThat(tokens.decode(first).getClaimAsString("venue_id")).isNull();
        assertThat(tokens.decode(second).getClaimAsString("venue_id")).isEqualTo("demo-revigny-france-services");
        assertThat(checks).hasValue(2);
    }
}
