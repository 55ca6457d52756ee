package fr.inclusion.orientation.web.secretary;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * {@code GET /orientations/{id}/fiche}: the slip the resident takes away, one printed A4 page: where to go, when,
 * what to bring, the referral's number and the mairie that sent it. It names this resident only, by first name.
 */
@Controller
class SlipController {

    private final ReferralClient referrals;
    private final VenueClient venues;

    SlipController(ReferralClient referrals, VenueClient venues) {
        this.referrals = referrals;
        this.venues = venues;
    }

    static String path(String id) {
        return "/orientations/" + id + "/fiche";
    }

    /** The slip as the page shows it. */
    public record Slip(String number, String firstName, String mairie, String needLabel, String venueName,
            String address, String addressDetail, List<String> hours, boolean openNow, String nextOpening,
            String nextStop,
            List<String> stops, List<String> phones, List<String> emails, List<String> access, String toBring,
            String sentOn, String status, boolean ended) {
    }

    @GetMapping("/orientations/{id}/fiche")
    String slip(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String envoyee, Model model) {
        SecretaryOnly.check(user);
        ReferralClient.Referral referral = referrals.get(id);
        Optional<VenueClient.Venue> venue = venues.venue(referral.venueId());
        String mairie = venues.commune(referral.commune()).map(VenueClient.Commune::nom).orElse(referral.commune());
        Optional<VenueClient.Result> ranked = venue.flatMap(v -> rankedFor(referral, v));

        String nextStop = ranked.map(VenueClient.Result::nextMobileStop).map(stop ->
                FrenchText.moment(stop.at()) + FrenchText.until(stop.to())
                        + (stop.place() == null || stop.place().isBlank() ? "" : ", " + stop.place()))
                .orElse(null);
        List<String> stops = venue.map(v -> v.stopsIn(referral.commune()).stream()
                .map(s -> "Le " + FrenchText.weekday(s.weekday()) + " " + FrenchText.hours(s.from(), s.to())
                        + (s.place() == null || s.place().isBlank() ? "" : ", " + s.place()))
                .toList()).orElse(List.of());
        model.addAttribute("slip", new Slip(referral.id(), referral.firstName(), mairie, Needs.label(referral.need()),
                venue.map(VenueClient.Venue::nom).orElse("Lieu retiré de l'annuaire"),
                venue.map(VenueClient.Venue::fullAddress).orElse(null),
                venue.map(VenueClient.Venue::complementAdresse).orElse(null),
                venue.map(v -> FrenchText.openingHours(v.horaires())).orElse(List.of()),
                ranked.map(r -> FrenchText.isNow(r.nextOpening(), java.time.Instant.now())).orElse(false),
                ranked.map(r -> FrenchText.moment(r.nextOpening())).orElse(null), nextStop, stops,
                venue.map(v -> v.telephone().stream().map(SlipController::phone).toList()).orElse(List.of()),
                venue.map(VenueClient.Venue::courriels).orElse(List.of()),
                venue.map(VenueClient.Venue::modalitesAcces).orElse(List.of()),
                Needs.toBring(referral.need()), FrenchText.dateTime(referral.createdAt()),
                Labels.status(referral.status()), !referral.cancellable()));
        model.addAttribute("justSent", envoyee != null);
        model.addAttribute("referralId", referral.id());
        return "secretary/fiche";
    }

    /**
     * The venue's next opening and next stop in the resident's commune, as the search computes them (its rules on
     * opening hours are the service's, not copied here); empty when the search does not list it.
     */
    private Optional<VenueClient.Result> rankedFor(ReferralClient.Referral referral, VenueClient.Venue venue) {
        try {
            return venues.search(referral.need(), referral.commune(), List.of(), VenueClient.WIDE).stream()
                    .filter(result -> venue.id().equals(result.venue().id())).findFirst();
        } catch (ApiProblemException | org.springframework.web.client.ResourceAccessException e) {
            return Optional.empty();
        }
    }

    /** "+33300000001" → "03 00 00 00 01"; other numbers as written. */
    static String phone(String number) {
        if (number != null && number.matches("\\+33\\d{9}")) {
            String national = "0" + number.substring(3);
            return String.join(" ", national.substring(0, 2), national.substring(2, 4), national.substring(4, 6),
                    national.substring(6, 8), national.substring(8, 10));
        }
        return number;
    }
}
