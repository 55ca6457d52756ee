package fr.inclusion.orientation.gateway.fallback;

import java.util.Map;

/** The French names under which users know the services behind the gateway. */
final class DownstreamServices {

    private static final Map<String, String> FRENCH_NAMES = Map.of(
            "venue-service", "l'annuaire des lieux",
            "referral-service", "le service des orientations",
            "notification-service", "le service des notifications");

    private DownstreamServices() {
    }

    /** E.g. {@code l'annuaire des lieux (venue-service)}. */
    static String describe(String serviceId) {
        String name = FRENCH_NAMES.get(serviceId);
        return name == null ? "le service demandé" : name + " (" + serviceId + ")";
    }

    static boolean isKnown(String serviceId) {
        return FRENCH_NAMES.containsKey(serviceId);
    }
}
