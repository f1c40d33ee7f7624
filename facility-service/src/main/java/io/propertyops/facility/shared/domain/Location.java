package io.propertyops.facility.shared.domain;

import java.util.Objects;

/**
 * The one reference to a place in the estate that equipment, inspection points, meters, findings, work orders and
 * fees all use: what kind of place, and its id.
 */
public record Location(LocationKind kind, String id) {

    public Location {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a location needs an id");
        }
    }

    public static Location of(LocationKind kind, String id) {
        return new Location(kind, id);
    }
}
