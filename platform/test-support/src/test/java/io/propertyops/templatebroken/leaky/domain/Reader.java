package io.propertyops.templatebroken.leaky.domain;

import io.propertyops.templatebroken.leaky.persistence.PublicDocument;

/** Breaks the template: the domain reads the persistence layer. */
public record Reader(PublicDocument document) {
}
