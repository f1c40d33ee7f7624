package io.propertyops.templatefit.ledger.domain;

/** A fixture service that follows the template: see ServiceTemplateTest. */
public record Entry(String id, long fen) {
}
