package fr.inclusion.orientation.venue.search.domain;

/** A WGS84 position. */
public record GeoPoint(double latitude, double longitude) {

    /** Mean Earth radius (IUGG), in km. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle distance (haversine), in km. */
    public double distanceKm(GeoPoint other) {
        return distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double sinPhi = Math.sin(dPhi / 2);
        double sinLambda = Math.sin(dLambda / 2);
        double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
