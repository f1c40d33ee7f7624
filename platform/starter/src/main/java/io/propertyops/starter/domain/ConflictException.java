package io.propertyops.starter.domain;

/** The request is well-formed but the object's current state does not allow it (answers 409). */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
