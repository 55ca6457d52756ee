package fr.inclusion.orientation.venue.exchange.application;

import java.util.Locale;

/** The two forms of the national standard a file may take. */
public enum ImportFormat {
    CSV, JSON;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
