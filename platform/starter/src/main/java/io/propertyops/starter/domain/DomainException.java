package io.propertyops.starter.domain;

/**
 * A business rule refused a request. Plain Java, so domain models may throw it; the web layer turns each
 * kind into its problem response with the stable {@link #code()}.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
