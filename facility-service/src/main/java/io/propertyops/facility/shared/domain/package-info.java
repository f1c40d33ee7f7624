/**
 * The estate's shared vocabulary every facility feature uses: where a thing is ({@link
 * io.propertyops.facility.shared.domain.Location}). A shared kernel, so features need not depend on each other for it.
 */
package io.propertyops.facility.shared.domain;
