package fr.inclusion.orientation.referral.lifecycle.domain;

import java.time.Instant;

/** The resident's consent as recorded by the secretary: who recorded it, when, and which wording was read. */
public record Consent(String wordingVersion, String recordedBy, Instant recordedAt) {
}
