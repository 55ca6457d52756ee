package fr.inclusion.orientation.reference.territory;

import java.util.List;

/** A département's communes, as its reference file gives them. */
public record Departement(String code, List<Commune> communes) {

    public Departement {
        code = InseeCodes.requireDepartementCode(code);
        communes = List.copyOf(communes);
        for (Commune commune : communes) {
            if (!commune.departement().equals(code)) {
                throw new IllegalArgumentException("la commune " + commune.code() + " n'est pas du département "
                        + code);
            }
        }
    }
}
