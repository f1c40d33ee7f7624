package io.propertyops.notification.preference.web;

import io.propertyops.notification.preference.application.Preferences;
import io.propertyops.notification.preference.domain.NotificationPreferences;

import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "My notification preferences", description = "Channels, quiet hours and language")
class MyPreferencesController {

    private final Preferences preferences;

    MyPreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    record PreferencesInput(
            @Schema(example = "{\"*\": [\"IN_APP\"], \"WORK_ORDER\": [\"IN_APP\", \"SMS\"]}")
            @NotNull @Size(max = 20) Map<@Pattern(regexp = "\\*|[A-Z_]{2,60}") String, @NotNull @Size(max = 4) List<String>> channels,
            @Schema(example = "22:00") LocalTime quietFrom,
            @Schema(example = "08:00") LocalTime quietUntil,
            @Schema(example = "zh-CN") @Pattern(regexp = "zh-CN|en") String language) {
    }

    @GetMapping("/api/v1/me/notification-preferences")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getMyNotificationPreferences", summary = "The caller's channels, quiet hours and language")
    NotificationPreferences get(Caller caller) {
        return preferences.of(caller.id());
    }

    @PutMapping("/api/v1/me/notification-preferences")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "setMyNotificationPreferences", summary = "Choose channels per kind of message, quiet hours and language",
            description = "Channels: IN_APP, PUSH (to the devices registered at /api/v1/me/devices), SMS, EMAIL; IN_APP "
                    + "is always kept. In quiet hours (22:00–08:00 unless set) no push, SMS or email goes out, except "
                    + "escalations; they wait until the quiet hours end. Escalations go by push first and by SMS when "
                    + "the push fails or stays unread, whatever the channels chosen.")
    NotificationPreferences set(Caller caller, @Valid @RequestBody PreferencesInput body) {
        body.channels().values().stream().flatMap(List::stream).filter(c -> !NotificationPreferences.CHANNELS.contains(c))
                .findFirst().ifPresent(unknown -> {
                    throw new RuleViolationException("unknown-channel", "channels", "Unknown channel " + unknown
                            + "; expected one of " + NotificationPreferences.CHANNELS);
                });
        if ((body.quietFrom() == null) != (body.quietUntil() == null)) {
            throw new RuleViolationException("quiet-hours", "quietFrom", "Quiet hours need a start and an end, or neither");
        }
        return preferences.save(new NotificationPreferences(caller.id(), body.channels(), body.quietFrom(),
                body.quietUntil(), body.language()));
    }
}
