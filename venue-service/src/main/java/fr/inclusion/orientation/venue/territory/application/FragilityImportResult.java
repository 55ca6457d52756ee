package fr.inclusion.orientation.venue.territory.application;

import java.util.List;

import fr.inclusion.orientation.venue.territory.domain.RejectedLine;

/** What an IFN import did: how many communes it wrote, and the lines it did not take with why. */
public record FragilityImportResult(int imported, List<RejectedLine> rejected) {
}
