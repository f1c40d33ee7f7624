package io.propertyops.starter.web;

import io.propertyops.starter.domain.RuleViolationException;

import java.util.OptionalLong;

/**
 * The version a caller says it acts on, from the request's {@code If-Match} header: a controller takes an
 * {@code ExpectedVersion} parameter and the starter reads, checks and documents the header for it. Absent (or
 * {@code *}) means "whatever the version is now". An ETag this API did not give — anything but a version number,
 * quoted or weak — answers 422 {@code invalid-if-match}.
 */
public record ExpectedVersion(OptionalLong value) {

    public static final String HEADER = "If-Match";

    private static final ExpectedVersion ANY = new ExpectedVersion(OptionalLong.empty());

    /** The version of an {@code If-Match} value, or any version when there is none. */
    static ExpectedVersion of(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ANY;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!tag.matches("[0-9]{1,18}")) {
            throw new RuleViolationException("invalid-if-match", HEADER,
                    "If-Match must be an ETag this API gave");
        }
        return new ExpectedVersion(OptionalLong.of(Long.parseLong(tag)));
    }

    /** The version, or null for any: as the application layer takes it. */
    public Long orNull() {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
