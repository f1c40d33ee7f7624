package io.propertyops.local;

/** The platform cannot start or cannot do what was asked; the message says why and what to do. */
public class LocalPlatformException extends RuntimeException {

    public LocalPlatformException(String message) {
        super(message);
    }

    public LocalPlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
