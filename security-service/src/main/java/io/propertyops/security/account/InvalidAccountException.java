package io.propertyops.security.account;

/** An account that breaks a rule of what an account must be. */
public class InvalidAccountException extends RuntimeException {

    public InvalidAccountException(String message) {
        super(message);
    }
}
