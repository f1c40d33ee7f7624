package io.propertyops.starter.web;

/** A request body went over the configured limit (answers 413). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
    }
}
