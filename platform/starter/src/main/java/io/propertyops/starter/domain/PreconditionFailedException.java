package io.propertyops.starter.domain;

/**
 * The caller acted on a version of an object that has changed since they read it: their {@code If-Match} no
 * longer holds (answers 412).
 */
public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String code, String message) {
        super(code, message);
    }
}
