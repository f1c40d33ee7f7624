package io.propertyops.templatebroken.leaky.persistence;

/** Breaks the template: a public persistence type. */
public record PublicDocument(String id) {
}
