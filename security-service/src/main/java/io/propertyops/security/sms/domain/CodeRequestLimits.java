package io.propertyops.security.sms.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * How often a login code may be asked for: once a minute and {@value #PHONE_PER_HOUR} times an hour per phone,
 * {@value #ADDRESS_PER_HOUR} times an hour per client address. Every request counts, whether the phone has an
 * account or not.
 */
public final class CodeRequestLimits {

    public static final Duration WINDOW = Duration.ofHours(1);
    static final Duration PHONE_INTERVAL = Duration.ofSeconds(60);
    static final int PHONE_PER_HOUR = 5;
    static final int ADDRESS_PER_HOUR = 20;

    private CodeRequestLimits() {
    }

    /**
     * How many seconds to wait before asking again; empty when this request may go ahead.
     *
     * @param byPhone   the phone's requests within the {@link #WINDOW}, oldest first
     * @param byAddress the address's requests within the {@link #WINDOW}, oldest first
     */
    public static OptionalLong retryAfter(List<Instant> byPhone, List<Instant> byAddress, Instant now) {
        if (!byPhone.isEmpty()) {
            Instant last = byPhone.getLast();
            if (last.plus(PHONE_INTERVAL).isAfter(now)) {
                return OptionalLong.of(Math.max(1, Duration.between(now, last.plus(PHONE_INTERVAL)).toSeconds()));
            }
            if (byPhone.size() >= PHONE_PER_HOUR) {
                Instant oldest = byPhone.get(byPhone.size() - PHONE_PER_HOUR);
                return OptionalLong.of(Math.max(1, Duration.between(now, oldest.plus(WINDOW)).toSeconds()));
            }
        }
        if (byAddress.size() >= ADDRESS_PER_HOUR) {
            return OptionalLong.of(WINDOW.toSeconds());
        }
        return OptionalLong.empty();
    }
}
