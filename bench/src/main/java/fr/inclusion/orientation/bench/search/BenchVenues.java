package fr.inclusion.orientation.bench.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

/**
 * Generated venues, the same for a given seed: spread over metropolitan France (the national directory counts tens
 * of thousands of places), 3 % of them mobile venues around the Meuse with stops in its communes; half offer
 * administrative help; hours drawn from the shapes real records use (weekly, public holidays off, seasonal, none).
 */
final class BenchVenues {

    static final String ADMIN_HELP = "Aide aux démarches administratives";

    /** Shapes of hours; {M} and {A} are a morning and an afternoon span, drawn per venue (about 1,500 texts in all). */
    static final List<String> HOURS = List.of(
            "Mo-Fr {M},{A}",
            "Mo-Fr {M},{A}; Sa {M}",
            "Tu-Sa {M},{A}",
            "Mo,We,Fr {A}",
            "Tu {A}; We {M},{A}; Fr {A}; Sa {M}",
            "Mo-Fr {M},{A}; PH off",
            "Mo-Fr {M}; Sa {M}; PH off",
            "Tu,Th 17:00-20:00",
            "We {A}",
            "Jul-Aug Mo-Fr {M}",
            "Mo-Su 10:00-19:00");

    private static final List<String> MORNING_STARTS = List.of("08:00", "08:30", "09:00", "09:30", "10:00");
    private static final List<String> MORNING_ENDS = List.of("11:30", "12:00", "12:30");
    private static final List<String> AFTERNOON_STARTS = List.of("13:30", "14:00");
    private static final List<String> AFTERNOON_ENDS = List.of("16:30", "17:00", "17:30", "18:00", "18:30", "19:00");

    private BenchVenues() {
    }

    static List<Venue> generate(int count, long seed, List<Commune> meuse) {
        Random random = new Random(seed);
        List<Venue> venues = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            venues.add(venue(i, random, meuse));
        }
        return venues;
    }

    static String id(int i) {
        return String.format("bench-%06d", i);
    }

    private static Venue venue(int i, Random random, List<Commune> meuse) {
        boolean mobile = random.nextInt(100) < 3;
        double latitude = mobile ? 48.4 + random.nextDouble() * 1.2 : 42.4 + random.nextDouble() * 8.6;
        double longitude = mobile ? 4.9 + random.nextDouble() * 1.0 : -4.7 + random.nextDouble() * 12.9;
        Set<String> services = new LinkedHashSet<>();
        if (random.nextBoolean()) {
            services.add(ADMIN_HELP);
        }
        int more = 1 + random.nextInt(3);
        for (int s = 0; s < more; s++) {
            services.add(NationalStandard.SERVICES.get(random.nextInt(NationalStandard.SERVICES.size())));
        }
        int fee = random.nextInt(10);
        List<String> fees = fee < 6 ? List.of("Gratuit") : fee < 8 ? List.of("Gratuit sous condition")
                : fee < 9 ? List.of("Payant") : List.of();
        String hours = random.nextInt(10) == 0 ? null : hours(random);
        List<String> support = random.nextInt(10) < 3 ? List.of(NationalStandard.PRISE_EN_CHARGE_SPECIFIQUE.get(
                random.nextInt(NationalStandard.PRISE_EN_CHARGE_SPECIFIQUE.size()))) : List.of();
        List<MobileStop> stops = new ArrayList<>();
        if (mobile) {
            int count = 2 + random.nextInt(3);
            for (int s = 0; s < count; s++) {
                Commune commune = meuse.get(random.nextInt(meuse.size()));
                int start = 9 + random.nextInt(8);
                stops.add(new MobileStop(commune.code(), 1 + random.nextInt(6), String.format("%02d:00", start),
                        String.format("%02d:00", start + 2), "Place de la mairie"));
            }
        }
        VenueDetails details = VenueDetails.builder()
                .pivot(String.format("%014d", 10_000_000L + i))
                .nom("Lieu de test " + i)
                .commune("Commune " + (i % 997))
                .codePostal(String.format("%05d", 10_000 + i % 85_000))
                .adresse(i + " rue du Banc d'essai")
                .latitude(latitude)
                .longitude(longitude)
                .typologie(mobile ? List.of("ENM") : List.of("EPN"))
                .horaires(hours)
                .dateMaj(LocalDate.of(2026, 1, 1))
                .services(List.copyOf(services))
                .fraisACharge(fees)
                .priseEnChargeSpecifique(support)
                .itinerance(mobile ? List.of(NationalStandard.ITINERANT) : List.of(NationalStandard.FIXE))
                .source("benchmark")
                .build();
        return Venue.restore(id(i), details, stops, random.nextInt(20) == 0, true, 1);
    }

    private static String hours(Random random) {
        String morning = pick(random, MORNING_STARTS) + "-" + pick(random, MORNING_ENDS);
        String afternoon = pick(random, AFTERNOON_STARTS) + "-" + pick(random, AFTERNOON_ENDS);
        return pick(random, HOURS).replace("{M}", morning).replace("{A}", afternoon);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The venue in the standard's JSON form, as {@code POST /api/venues} and the JSON import take it. */
    static Map<String, Object> json(Venue venue) {
        VenueDetails d = venue.details();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", venue.id());
        body.put("pivot", d.pivot());
        body.put("nom", d.nom());
        body.put("commune", d.commune());
        body.put("code_postal", d.codePostal());
        body.put("adresse", d.adresse());
        body.put("latitude", d.latitude());
        body.put("longitude", d.longitude());
        body.put("typologie", d.typologie());
        if (d.horaires() != null) {
            body.put("horaires", d.horaires());
        }
        body.put("date_maj", d.dateMaj().toString());
        body.put("services", d.services());
        body.put("frais_a_charge", d.fraisACharge());
        body.put("prise_en_charge_specifique", d.priseEnChargeSpecifique());
        body.put("itinerance", d.itinerance());
        body.put("source", d.source());
        body.put("stops", venue.stops().stream().map(s -> Map.of("commune", s.commune(), "weekday", s.weekday(),
                "from", s.from(), "to", s.to(), "place", s.place())).toList());
        return body;
    }
}
