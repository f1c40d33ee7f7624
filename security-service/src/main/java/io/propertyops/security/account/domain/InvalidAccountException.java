package io.propertyops.security.account.domain;

import io.propertyops.starter.domain.RuleViolationException;

/** An account that breaks a rule of what an account must be (answers 422). */
public class InvalidAccountException extends RuleViolationException {

    public InvalidAccountException(String message) {
        super("invalid-account", null, message);
    }

    public InvalidAccountException(String field, String message) {
        super("invalid-account", field, message);
    }
}
