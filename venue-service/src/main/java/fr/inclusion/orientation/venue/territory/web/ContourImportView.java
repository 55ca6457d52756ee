package fr.inclusion.orientation.venue.territory.web;

import java.util.List;

/** {@code {imported, rejected:[{index, reason}]}}: imported counts communes; index is the feature's, from 0. */
record ContourImportView(int imported, List<Rejected> rejected) {

    record Rejected(int index, String reason) {
    }
}
