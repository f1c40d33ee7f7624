package io.propertyops.events;

/**
 * A received message is not a readable event of the contract: a required CloudEvents header is
 * missing, the type is unknown, or the data does not parse. Retrying cannot help, so consumers
 * send such a message straight to the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
