package io.propertyops.events;

/** An event could not be written to or read from JSON. */
public class EventJsonException extends RuntimeException {

    public EventJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
