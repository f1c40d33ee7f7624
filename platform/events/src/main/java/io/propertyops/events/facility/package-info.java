/**
 * Events of the estate's structure, published by facility-service on {@link io.propertyops.events.Topics#FACILITY}.
 */
package io.propertyops.events.facility;
