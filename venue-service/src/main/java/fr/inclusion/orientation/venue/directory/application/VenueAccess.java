package fr.inclusion.orientation.venue.directory.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.application.OutsideTerritoryException;
import fr.inclusion.orientation.venue.territory.application.TerritoryScope;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;

/**
 * Who may write which venue. Admins: any. Coordinators: the venues inside their territory, by the one rule of
 * {@link TerritoryScope} — for a registration the new venue, for an edit both the venue as it is and as it would
 * be, for a pause, a resumption or a withdrawal the venue as it is. Venue staff: their own venue's record and
 * availability, wherever it is. Secretaries: none.
 * <p>
 * A venue is where its commune is ({@code code_insee}; its postal code when it has none) and, for a mobile venue,
 * where each commune its stops serve is: it is inside a territory only when all of them are. A coordinator does
 * not send a bus through another territory's communes (the residents there are that territory's), and a mobile
 * venue straddling two territories is an admin's to change.
 */
@Component
public class VenueAccess {

    private final TerritoryScope territories;

    public VenueAccess(TerritoryScope territories) {
        this.territories = territories;
    }

    /** The role rule alone, before the venue is read: staff of this venue, admins, coordinators. */
    static boolean mayEdit(Caller caller, String venueId) {
        return mayManage(caller) || ownStaff(caller, venueId);
    }

    /** The role rule alone for registering, withdrawing and importing: admins and coordinators. */
    static boolean mayManage(Caller caller) {
        return caller.has(Caller.ADMIN) || caller.has(Caller.COORDINATOR);
    }

    /**
     * Editing the record or the availability: the venue's own staff; otherwise as {@link #requireMayManage}.
     *
     * @throws VenueEditingNotAllowedException for anyone else
     * @throws OutsideTerritoryException       for a coordinator when the venue is outside their territory
     */
    void requireMayEdit(Caller caller, Venue venue) {
        if (!ownStaff(caller, venue.id())) {
            requireMayManage(caller, venue);
        }
    }

    /**
     * Registering and withdrawing: admins, and coordinators for a venue inside their territory.
     *
     * @throws VenueEditingNotAllowedException for anyone else
     * @throws OutsideTerritoryException       for a coordinator when the venue is outside their territory
     */
    void requireMayManage(Caller caller, Venue venue) {
        if (!mayManage(caller)) {
            throw new VenueEditingNotAllowedException(venue.id());
        }
        List<OutsideTerritoryException.Offence> outside = outside(caller, venue);
        if (!outside.isEmpty()) {
            throw new OutsideTerritoryException("Ce lieu est hors de votre territoire ("
                    + TerritoryScope.describeTerritory(caller) + ") : seuls les administrateurs agissent sur les "
                    + "lieux d'un autre territoire. Rien n'a été enregistré.", outside);
        }
    }

    /**
     * The places of the venue the caller does not cover, named by their field in the standard ({@code code_insee},
     * {@code stops[1].commune}); empty when the caller covers the whole venue (always for admins).
     */
    List<OutsideTerritoryException.Offence> outside(Caller caller, Venue venue) {
        List<OutsideTerritoryException.Offence> outside = new ArrayList<>();
        String territory = TerritoryScope.describeTerritory(caller);
        String insee = venue.details().codeInsee();
        String postal = venue.details().codePostal();
        if (!territories.covers(caller, insee, postal)) {
            outside.add(new OutsideTerritoryException.Offence("code_insee", insee == null
                    ? "sans code INSEE, le lieu est placé par son code postal " + postal
                            + ", hors de votre territoire (" + territory + ")"
                    : "la commune " + territories.describeCommune(insee) + " est hors de votre territoire ("
                            + territory + ")"));
        }
        List<MobileStop> stops = venue.stops();
        for (int i = 0; i < stops.size(); i++) {
            String commune = stops.get(i).commune();
            if (!territories.covers(caller, commune, null)) {
                outside.add(new OutsideTerritoryException.Offence("stops[" + i + "].commune",
                        "l'arrêt dessert la commune " + territories.describeCommune(commune)
                                + ", hors de votre territoire (" + territory + ") : un lieu itinérant n'est dans "
                                + "votre territoire que si toutes ses communes le sont"));
            }
        }
        return outside;
    }

    private static boolean ownStaff(Caller caller, String venueId) {
        return caller.has(Caller.VENUE_STAFF) && caller.venue().filter(venueId::equals).isPresent();
    }
}
