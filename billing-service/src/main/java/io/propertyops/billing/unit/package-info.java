/**
 * The units fees are charged on, with their areas: a read model of facility-service's units, kept from its
 * {@code propertyops.facility.unit-changed.v1} snapshots (newest version wins), so that billing never asks
 * facility-service for a unit's building area (建筑面积) or interior area (套内面积).
 */
package io.propertyops.billing.unit;
