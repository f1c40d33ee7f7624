package io.propertyops.facility.estate.persistence;

import io.propertyops.facility.shared.domain.LocationKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which community a building, common area or parking area is in: they live in their community's document, and a
 * location names them by their own id only. Read by id; written once when the place is created, and never
 * changed (a place does not move to another community).
 */
@Document(PlaceDocument.COLLECTION)
record PlaceDocument(@Id String id, String communityId, LocationKind kind) {

    static final String COLLECTION = "estate_places";
}
