package io.propertyops.starter.domain;

/** The object does not exist, or the caller may not know that it does: both answer 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String id) {
        super("not-found", what + " " + id + " was not found");
    }
}
