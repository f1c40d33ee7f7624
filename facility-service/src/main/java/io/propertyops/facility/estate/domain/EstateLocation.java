package io.propertyops.facility.estate.domain;

import io.propertyops.facility.shared.domain.Location;

import java.util.Objects;

/**
 * A place of the estate as a picker shows it and other features record it: the location reference, the community
 * it is in, and its name as staff say it — {@code 翠湖花园}, {@code 3号楼}, {@code 3号楼 3-1-101},
 * {@code 3号楼 水泵房}, {@code 地下车库}, {@code 地下车库 B-012}.
 *
 * @param detail what kind of place within its kind: a unit's type, a common area's kind; null otherwise
 */
public record EstateLocation(Location location, String communityId, String name, String detail) {

    public EstateLocation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(name, "name");
    }
}
