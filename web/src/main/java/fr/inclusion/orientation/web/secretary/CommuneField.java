package fr.inclusion.orientation.web.secretary;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Reads what the secretary typed in a commune field: an INSEE code ({@code 55427}), a suggestion of the list
 * ({@code Revigny-sur-Ornain (55427)}) or a name ({@code revigny-sur-ornain}), which the territory API resolves when
 * only one commune has it.
 */
@Component
class CommuneField {

    private static final Pattern CODE = Pattern.compile("^(\\d{5}|2[ABab]\\d{3})$");
    private static final Pattern LABEL = Pattern.compile("\\((\\d{5}|2[ABab]\\d{3})\\)\\s*$");
    static final int SUGGESTIONS = 10;

    /** Either a commune, or the French message saying what to do, with the communes that could be meant. */
    record Resolved(VenueClient.Commune commune, String error, List<VenueClient.Commune> candidates) {
    }

    private final VenueClient venues;

    CommuneField(VenueClient venues) {
        this.venues = venues;
    }

    Resolved resolve(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return failed("Indiquez la commune où habite la personne.", List.of());
        }
        Optional<String> code = code(text);
        if (code.isPresent()) {
            return venues.commune(code.get()).map(c -> new Resolved(c, null, List.of()))
                    .orElseGet(() -> failed("Aucune commune n'a le code « " + code.get() + " ».", List.of()));
        }
        List<VenueClient.Commune> found = venues.communes(text, SUGGESTIONS);
        List<VenueClient.Commune> sameName = found.stream()
                .filter(c -> simple(c.nom()).equals(simple(text))).toList();
        if (sameName.size() == 1) {
            return new Resolved(sameName.getFirst(), null, List.of());
        }
        if (sameName.isEmpty() && found.size() == 1) {
            return new Resolved(found.getFirst(), null, List.of());
        }
        if (found.isEmpty()) {
            return failed("Aucune commune ne correspond à « " + text + " ». Vérifiez l'orthographe ou saisissez "
                    + "son code INSEE.", List.of());
        }
        return failed("Plusieurs communes correspondent à « " + text + " » : choisissez-en une dans la liste.",
                sameName.isEmpty() ? found : sameName);
    }

    /** The INSEE code in the text, if it is one or ends with one in brackets. */
    static Optional<String> code(String text) {
        if (CODE.matcher(text).matches()) {
            return Optional.of(text.toUpperCase(Locale.ROOT));
        }
        Matcher label = LABEL.matcher(text);
        return label.find() ? Optional.of(label.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static Resolved failed(String message, List<VenueClient.Commune> candidates) {
        return new Resolved(null, message, candidates);
    }

    /** Case, accents, hyphens and apostrophes aside: "saint-andre" is "Saint-André". */
    private static String simple(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
