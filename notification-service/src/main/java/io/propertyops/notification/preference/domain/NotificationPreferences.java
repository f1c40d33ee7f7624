package io.propertyops.notification.preference.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a person wants to be told things: the channels for each kind of message (the longest matching kind prefix
 * wins, {@code *} for the rest), quiet hours in which no push, SMS or email goes out except at escalation priority,
 * and their language. Push reaches only people with an app device registered, so it is on by default: having the
 * app installed and signed in is the wish to hear from it.
 *
 * @param channels e.g. {@code {"*": ["IN_APP"], "WORK_ORDER_ESCALATED": ["IN_APP", "SMS"]}}
 */
public record NotificationPreferences(String personId, Map<String, List<String>> channels, LocalTime quietFrom,
                                      LocalTime quietUntil, String language) {

    public static final List<String> CHANNELS = List.of("IN_APP", "PUSH", "SMS", "EMAIL");

    public NotificationPreferences {
        Objects.requireNonNull(personId, "personId");
        channels = channels == null || channels.isEmpty() ? Map.of("*", List.of("IN_APP")) : Map.copyOf(channels);
        language = language == null ? "zh-CN" : language;
    }

    /** 22:00 to 08:00 without push, SMS or email; in-app and push to their devices; in Chinese: until the person says otherwise. */
    public static NotificationPreferences defaults(String personId) {
        return new NotificationPreferences(personId, Map.of("*", List.of("IN_APP", "PUSH")), LocalTime.of(22, 0),
                LocalTime.of(8, 0), "zh-CN");
    }

    public List<String> channelsFor(String kind) {
        return channels.entrySet().stream()
                .filter(entry -> entry.getKey().equals("*") || kind.startsWith(entry.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().equals("*") ? 0 : a.getKey().length(),
                        b.getKey().equals("*") ? 0 : b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(List.of("IN_APP"));
    }

    /** The first moment at or after {@code now} outside quiet hours, in the estate's zone. */
    public Instant notQuietAfter(Instant now, ZoneId zone) {
        if (quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = quietFrom.isAfter(quietUntil);
        boolean quiet = overnight
                ? !time.isBefore(quietFrom) || time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(quietUntil);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
