package fr.inclusion.orientation.testsupport;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The eight callers of the authorization matrix, shaped like the demo realm's users (identity/), each named relative
 * to the fixture data a test creates: a venue in {@value #COMMUNE} Revigny-sur-Ornain (EPCI {@value #TERRITORY},
 * département 55) and a referral from that commune to that venue. "Of the other venue" is a second venue of the
 * fixtures. The other commune is in the same EPCI and the other territory in the same département, so that only the
 * scope named by the caller tells them apart.
 */
public final class TestCallers {

    /** Revigny-sur-Ornain, where the fixture venue is and where the fixture referral's resident lives. */
    public static final String COMMUNE = "55427";
    /** Sommeilles, same EPCI. */
    public static final String OTHER_COMMUNE = "55493";
    /** CC du Pays de Revigny-sur-Ornain, the EPCI of {@link #COMMUNE}. */
    public static final String TERRITORY = "245501184";
    /** CA du Grand Verdun, another EPCI of the same département. */
    public static final String OTHER_TERRITORY = "200049187";

    /** A caller of the matrix, by the name the table uses. */
    public enum Who {
        ANONYMOUS("anonymous"),
        SECRETARY_OF_COMMUNE("secretary-of-commune"),
        SECRETARY_OF_OTHER_COMMUNE("secretary-of-other-commune"),
        STAFF_OF_VENUE("staff-of-venue"),
        STAFF_OF_OTHER_VENUE("staff-of-other-venue"),
        COORDINATOR_OF_TERRITORY("coordinator-of-territory"),
        COORDINATOR_OF_OTHER_TERRITORY("coordinator-of-other-territory"),
        ADMIN("admin");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<Who> named(String label) {
            return Arrays.stream(values()).filter(who -> who.label.equals(label)).findFirst();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final String venueId;
    private final String otherVenueId;
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);

    private TestCallers(String venueId, String otherVenueId) {
        this.venueId = venueId;
        this.otherVenueId = otherVenueId;
        tokens.put(Who.SECRETARY_OF_COMMUNE, TestJwts.secretary("secretaire.revigny", COMMUNE));
        tokens.put(Who.SECRETARY_OF_OTHER_COMMUNE, TestJwts.secretary("secretaire.sommeilles", OTHER_COMMUNE));
        tokens.put(Who.STAFF_OF_VENUE, TestJwts.venueStaff("lieu.franceservices", venueId));
        tokens.put(Who.STAFF_OF_OTHER_VENUE, TestJwts.venueStaff("lieu.mediatheque", otherVenueId));
        tokens.put(Who.COORDINATOR_OF_TERRITORY, TestJwts.coordinator("coord.revigny", TERRITORY));
        tokens.put(Who.COORDINATOR_OF_OTHER_TERRITORY, TestJwts.coordinator("coord.verdun", OTHER_TERRITORY));
        tokens.put(Who.ADMIN, TestJwts.admin("admin"));
    }

    /** The callers around these two fixture venues: the staff of the first, the staff of the second. */
    public static TestCallers around(String venueId, String otherVenueId) {
        return new TestCallers(venueId, otherVenueId);
    }

    /** The caller's bearer token; {@code null} for {@link Who#ANONYMOUS}. */
    public String token(Who who) {
        return tokens.get(who);
    }

    /** The {@code sub} of the caller's token, as services record it ({@code createdBy}, {@code proposedBy}). */
    public static String subjectOf(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case SECRETARY_OF_COMMUNE -> TestJwts.subjectOf("secretaire.revigny");
            case SECRETARY_OF_OTHER_COMMUNE -> TestJwts.subjectOf("secretaire.sommeilles");
            case STAFF_OF_VENUE -> TestJwts.subjectOf("lieu.franceservices");
            case STAFF_OF_OTHER_VENUE -> TestJwts.subjectOf("lieu.mediatheque");
            case COORDINATOR_OF_TERRITORY -> TestJwts.subjectOf("coord.revigny");
            case COORDINATOR_OF_OTHER_TERRITORY -> TestJwts.subjectOf("coord.verdun");
            case ADMIN -> TestJwts.subjectOf("admin");
        };
    }

    public String venueId() {
        return venueId;
    }

    public String otherVenueId() {
        return otherVenueId;
    }
}
