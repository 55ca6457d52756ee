package fr.inclusion.orientation.venue.territory.web;

import java.util.List;

import fr.inclusion.orientation.venue.territory.application.CommuneImport;

/**
 * {@code {departement, imported, rejected:[{line, field, message}]}}: line 1 is the header; {@code field} is the
 * column at fault, {@code null} when the whole line is (a wrong number of fields).
 */
record CommuneImportView(String departement, int imported, List<Rejected> rejected) {

    record Rejected(int line, String field, String message) {
    }

    static CommuneImportView of(CommuneImport.Result result) {
        return new CommuneImportView(result.departement(), result.imported(), result.rejected().stream()
                .map(r -> new Rejected(r.line(), r.field(), r.message())).toList());
    }
}
