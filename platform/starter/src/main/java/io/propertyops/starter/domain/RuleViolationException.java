package io.propertyops.starter.domain;

/** The request breaks a business rule that a caller can correct, for example an unknown category (answers 422). */
public class RuleViolationException extends DomainException {

    private final String field;

    public RuleViolationException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
