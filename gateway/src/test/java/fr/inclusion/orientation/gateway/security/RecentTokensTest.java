package fr.inclusion.orientation.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import fr.inclusion.orientation.testsupport.TestJwts;

class RecentTokensTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final ReactiveJwtDecoder realDecoder = TestJwts.reactiveDecoder();
    private final ReactiveJwtDecoder counting = token -> {
        checks.incrementAndGet();
        return realDecoder.decode(token);
    };

    @Test
    void anAcceptedTokenIsCheckedOnceUntilItExpires() {
        String token = TestJwts.secretary("secretaire.revigny", "55427");
        Instant issued = realDecoder.decode(token).block().getIssuedAt();
        RecentTokens now = new RecentTokens(counting, Clock.fixed(issued.plusSeconds(10), ZoneOffset.UTC));

        assertThat(now.decode(token).block().getSubject()).isEqualTo(TestJwts.subjectOf("secretaire.revigny"));
        assertThat(now.decode(token).block().getClaimAsStringList("communes")).containsExactly("55427");
        assertThat(checks).hasValue(1);

        RecentTokens later = new RecentTokens(counting,
                Clock.fixed(issued.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        later.decode(token).block();
        later.decode(token).block();
        assertThat(checks).hasValue(3);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        String token = TestJwts.admin("admin");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        RecentTokens tokens = new RecentTokens(counting, Clock.systemUTC());

        assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(JwtException.class);
        assertThat(checks).hasValue(2);
    }
}
