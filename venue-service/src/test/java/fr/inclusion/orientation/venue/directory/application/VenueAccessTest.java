package fr.inclusion.orientation.venue.directory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.application.OutsideTerritoryException;
import fr.inclusion.orientation.venue.territory.application.TerritoryScope;
import fr.inclusion.orientation.venue.territory.persistence.ReferenceCommunes;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

class VenueAccessTest {

    private static final VenueAccess ACCESS = new VenueAccess(
            new TerritoryScope(ReferenceCommunes.bundled()));
    private static final Caller REVIGNY = coordinator("245501184");
    private static final Caller MEUSE = coordinator("55");
    private static final Caller ADMIN = new Caller("a", "admin", Set.of(Caller.ADMIN), List.of(), null, null);

    private static Caller coordinator(String territory) {
        return new Caller("c", "coord", Set.of(Caller.COORDINATOR), List.of(), null, territory);
    }

    /** A mobile venue based in Revigny-sur-Ornain, stopping in each of these communes. */
    private static Venue bus(String... stopCommunes) {
        VenueDetails details = VenueDetails.builder().pivot("00000000000001").nom("Bus").commune("Revigny-sur-Ornain")
                .codePostal("55800").codeInsee("55427").adresse("Parking de la gare")
                .dateMaj(LocalDate.of(2026, 11, 1)).services("Aide aux démarches administratives")
                .fraisACharge("Gratuit").itinerance("Itinérant").build();
        List<MobileStop> stops = Arrays.stream(stopCommunes)
                .map(c -> new MobileStop(c, 2, "14:00", "16:00", "Mairie")).toList();
        return Venue.register("bus", details, stops, "test", Instant.parse("2026-11-28T10:00:00Z")).venue();
    }

    @Test
    void aMobileVenueIsInsideOnlyWhenEveryCommuneItStopsInIs() {
        assertThat(ACCESS.outside(REVIGNY, bus("55493", "55427"))).isEmpty();

        List<OutsideTerritoryException.Offence> outside = ACCESS.outside(REVIGNY, bus("55493", "55029", "51108"));

        assertThat(outside).extracting(OutsideTerritoryException.Offence::field)
                .containsExactly("stops[1].commune", "stops[2].commune");
        assertThat(outside.getFirst().reason()).contains("55029 (Bar-le-Duc)").contains("EPCI 245501184");
        assertThat(ACCESS.outside(MEUSE, bus("55493", "55029"))).isEmpty();
        assertThat(ACCESS.outside(MEUSE, bus("51108"))).extracting(OutsideTerritoryException.Offence::field)
                .containsExactly("stops[0].commune");
        assertThat(ACCESS.outside(ADMIN, bus("51108", "2A004"))).isEmpty();
    }

    @Test
    void aCoordinatorOutsideIsRefusedWithTheTerritoryProblemAndOtherRolesWithTheirOwn() {
        Venue outside = bus("51108");
        Caller staff = new Caller("s", "staff", Set.of(Caller.VENUE_STAFF), List.of(), "bus", null);
        Caller otherStaff = new Caller("s", "staff", Set.of(Caller.VENUE_STAFF), List.of(), "other", null);

        assertThatThrownBy(() -> ACCESS.requireMayManage(REVIGNY, outside))
                .isInstanceOf(OutsideTerritoryException.class);
        assertThatThrownBy(() -> ACCESS.requireMayEdit(REVIGNY, outside))
                .isInstanceOf(OutsideTerritoryException.class);
        assertThatNoException().isThrownBy(() -> ACCESS.requireMayManage(ADMIN, outside));
        assertThatNoException().as("its own staff edit it wherever it goes")
                .isThrownBy(() -> ACCESS.requireMayEdit(staff, outside));
        assertThatThrownBy(() -> ACCESS.requireMayManage(staff, outside))
                .isInstanceOf(VenueEditingNotAllowedException.class);
        assertThatThrownBy(() -> ACCESS.requireMayEdit(otherStaff, bus()))
                .isInstanceOf(VenueEditingNotAllowedException.class);
    }
}
