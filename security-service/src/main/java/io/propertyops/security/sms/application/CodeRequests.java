package io.propertyops.security.sms.application;

import java.time.Instant;
import java.util.List;

/**
 * The recent code requests of one phone or one address ({@code key}), kept together, so that checking a limit
 * reads one record instead of searching a log of every request ever made.
 */
public interface CodeRequests {

    /** When it asked, as last recorded. */
    List<Instant> of(String key);

    /** Replaces what is recorded for the key. */
    void record(String key, List<Instant> at);
}
