package fr.inclusion.orientation.venue.territory.web;

import java.util.List;

import fr.inclusion.orientation.venue.territory.application.FragilityImportResult;

/** {@code {imported, rejected:[{line, reason}]}}: line 1 is the header. */
record FragilityImportView(int imported, List<Rejected> rejected) {

    record Rejected(int line, String reason) {
    }

    static FragilityImportView of(FragilityImportResult result) {
        return new FragilityImportView(result.imported(),
                result.rejected().stream().map(r -> new Rejected(r.line(), r.reason())).toList());
    }
}
