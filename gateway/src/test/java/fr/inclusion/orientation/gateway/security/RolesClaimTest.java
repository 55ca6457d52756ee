package fr.inclusion.orientation.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimTest {

    @Test
    void flatRolesClaimBecomesRoleAuthorities() {
        Jwt jwt = jwt().claim("roles", List.of("coordinator", "admin")).build();

        assertThat(GatewaySecurity.authorities(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_coordinator", "ROLE_admin");
    }

    @Test
    void tokenWithoutRolesHasNoAuthority() {
        assertThat(GatewaySecurity.authorities(jwt().build())).isEmpty();
    }

    @Test
    void principalIsTheSubject() {
        Jwt jwt = jwt().claim("roles", List.of("secretary")).build();

        assertThat(GatewaySecurity.rolesConverter().convert(jwt).block().getName()).isEqualTo("user-1");
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }
}
