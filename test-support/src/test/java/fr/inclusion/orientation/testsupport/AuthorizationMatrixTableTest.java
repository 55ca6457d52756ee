package fr.inclusion.orientation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.testsupport.AuthorizationMatrix.Row;
import fr.inclusion.orientation.testsupport.TestCallers.Who;

/** The table itself, without a service: well formed, and every request it names is asked by all eight callers. */
class AuthorizationMatrixTableTest {

    private static final Set<String> SERVICES = Set.of("venue-service", "referral-service", "notification-service");

    @Test
    void theTableParsesAndNamesOnlyTheThreeServices() {
        List<Row> rows = AuthorizationMatrix.read(AuthorizationMatrix.TABLE);

        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(Row::service).allMatch(SERVICES::contains);
        assertThat(rows.stream().map(Row::service).collect(Collectors.toSet())).isEqualTo(SERVICES);
    }

    @Test
    void everyAnonymousRowIsA401AndEveryAuthenticatedOneIsNever401() {
        List<Row> rows = AuthorizationMatrix.read(AuthorizationMatrix.TABLE);

        assertThat(rows).filteredOn(row -> row.caller() == Who.ANONYMOUS).extracting(Row::status).containsOnly(401);
        assertThat(rows).filteredOn(row -> row.caller() != Who.ANONYMOUS).extracting(Row::status)
                .doesNotContain(401).allMatch(status -> status < 500);
    }

    @Test
    void eachServiceAsksEveryCallerTheSameNumberOfTimes() {
        List<Row> rows = AuthorizationMatrix.read(AuthorizationMatrix.TABLE);

        for (String service : SERVICES) {
            Map<Who, Long> perCaller = rows.stream().filter(row -> row.service().equals(service))
                    .collect(Collectors.groupingBy(Row::caller, Collectors.counting()));
            assertThat(perCaller.keySet()).as(service).isEqualTo(EnumSet.allOf(Who.class));
            assertThat(Set.copyOf(perCaller.values())).as(service + ": rows per caller").hasSize(1);
        }
    }

    @Test
    void malformedLinesAreRefusedNamingTheirLine() {
        assertThatThrownBy(() -> AuthorizationMatrix.parse(List.of(
                "# a comment",
                "venue-service;GET;/api/venues;nobody;200",
                "venue-service;GET;/api/venues;admin;two hundred",
                "venue-service;GET;/api/venues;admin;200;;sees:x",
                "venue-service;GET;/api/venues;admin",
                "venue-service;GET;/api/venues;admin;200",
                "venue-service;GET;/api/venues;admin;200")))
                .hasMessageContaining("line 2: unknown caller nobody")
                .hasMessageContaining("line 3: status two hundred")
                .hasMessageContaining("line 4: unknown check sees:x")
                .hasMessageContaining("line 5: service;method;path;caller;status")
                .hasMessageContaining("line 7: same request, body and caller as line 6");
    }

    @Test
    void aRowCarriesItsBodyAndChecks() {
        List<Row> rows = AuthorizationMatrix.parse(List.of(
                "",
                "referral-service;post;/api/referrals;secretary-of-other-commune;403;referral;type:commune-not-served"
                        + " lacks:{resident}"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.method()).isEqualTo("POST");
            assertThat(row.caller()).isEqualTo(Who.SECRETARY_OF_OTHER_COMMUNE);
            assertThat(row.body()).isEqualTo("referral");
            assertThat(row.checks()).containsExactly("type:commune-not-served", "lacks:{resident}");
        });
    }
}
