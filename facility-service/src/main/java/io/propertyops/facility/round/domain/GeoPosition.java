package io.propertyops.facility.round.domain;

import io.propertyops.starter.domain.RuleViolationException;

/** A position on the earth (WGS-84 degrees), as a phone reports it. */
public record GeoPosition(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPosition {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new RuleViolationException("invalid-position", "position", "latitude −90 to 90, longitude −180 to 180");
        }
    }

    /** The great-circle distance in metres (haversine): exact enough for a radius of some metres. */
    public double metresTo(GeoPosition other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
