package fr.inclusion.orientation.venue.directory.domain;

import java.time.LocalDate;
import java.util.List;

/** A valid venue record to start from; each test breaks what it is about. */
final class SampleVenues {

    private SampleVenues() {
    }

    static VenueDetails.Builder valid() {
        return VenueDetails.builder()
                .pivot("00000000000001")
                .nom("Espace public numérique de Sommeilles")
                .commune("Sommeilles")
                .codePostal("55800")
                .codeInsee("55493")
                .adresse("3 place de l'Église")
                .latitude(48.87)
                .longitude(4.95)
                .typologie("EPN")
                .telephone("+33329000000")
                .courriels("epn@example.org")
                .siteWeb("https://example.org/epn")
                .horaires("Mo 14:00-17:00")
                .dateMaj(LocalDate.of(2026, 11, 1))
                .services("Aide aux démarches administratives")
                .fraisACharge("Gratuit")
                .itinerance("Fixe");
    }

    static List<MobileStop> noStops() {
        return List.of();
    }
}
