package fr.inclusion.orientation.web.secretary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What the resident needs besides the service, as the search and the referral name it ({@code constraints=}). */
enum Constraint {

    FREE("Gratuit", "La personne ne peut pas payer."),
    EVENING("Le soir", "Ouvert après 18 h."),
    WEEKEND("Le week-end", "Ouvert le samedi ou le dimanche."),
    MOBILE("Itinérant", "La personne ne peut pas se déplacer : le bus passe dans sa commune."),
    ACCESSIBLE("Accessible",
            "Accompagnement adapté (handicap, illettrisme, langue étrangère…).");

    private final String label;
    private final String hint;

    Constraint(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    /** The code the services use: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The known codes among {@code codes}, in this enum's order, without repeats. */
    static List<String> known(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return Arrays.stream(values()).map(Constraint::code).filter(codes::contains).toList();
    }

    static String label(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).map(Constraint::label).findFirst()
                .orElse(Objects.toString(code, ""));
    }
}
