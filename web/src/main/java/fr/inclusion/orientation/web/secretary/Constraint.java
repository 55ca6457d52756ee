package fr.inclusion.orientation.web.secretary;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What the resident needs besides the service, as the search and the referral name it ({@code constraints=}). */
enum Constraint {

    FREE("free", "Gratuit", "La personne ne peut pas payer."),
    EVENING("evening", "Le soir", "Ouvert après 18 h."),
    WEEKEND("weekend", "Le week-end", "Ouvert le samedi ou le dimanche."),
    MOBILE("mobile", "Itinérant", "La personne ne peut pas se déplacer : le bus passe dans sa commune."),
    ACCESSIBLE("accessible", "Accessible",
            "Accompagnement adapté (handicap, illettrisme, langue étrangère…).");

    private final String code;
    private final String label;
    private final String hint;

    Constraint(String code, String label, String hint) {
        this.code = code;
        this.label = label;
        this.hint = hint;
    }

    public String code() {
        return code;
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
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).map(Constraint::label).findFirst()
                .orElse(Objects.toString(code, ""));
    }
}
