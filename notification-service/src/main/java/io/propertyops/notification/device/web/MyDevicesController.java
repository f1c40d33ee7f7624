package io.propertyops.notification.device.web;

import io.propertyops.notification.device.application.Devices;
import io.propertyops.notification.device.domain.Device;

import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "My devices", description = "The caller's app devices, which push messages go to")
class MyDevicesController {

    private static final String TOKEN = "[A-Za-z0-9:_.\\-]{8,256}";

    private final Devices devices;
    private final Clock clock;

    MyDevicesController(Devices devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    record DeviceInput(@Schema(example = "ANDROID") @NotNull Device.Platform platform,
                       @Schema(example = "3.2.0") @NotNull @Pattern(regexp = "[0-9A-Za-z.\\-+]{1,40}") String appVersion) {
    }

    /** A device as the API shows it. */
    record DeviceView(String deviceToken, Device.Platform platform, String appVersion, Instant registeredAt,
                      Instant updatedAt) {
        static DeviceView of(Device device) {
            return new DeviceView(device.token(), device.platform(), device.appVersion(), device.registeredAt(),
                    device.updatedAt());
        }
    }

    @PutMapping("/api/v1/me/devices/{deviceToken}")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "registerMyDevice", summary = "Register an app device for push messages, or update it",
            description = "The token is the one the device's push service issued. A token another person holds answers "
                    + "404: the app unregisters it at sign-out.")
    @ApiResponse(responseCode = "200", description = "Registered or updated")
    @ApiResponse(responseCode = "404", description = "Another person holds this token")
    DeviceView register(Caller caller, @PathVariable @Pattern(regexp = TOKEN) String deviceToken,
                        @Valid @RequestBody DeviceInput body) {
        return devices.register(caller.id(), deviceToken, body.platform(), body.appVersion(), clock.instant())
                .map(DeviceView::of).orElseThrow(() -> new NotFoundException("Device", deviceToken));
    }

    @GetMapping("/api/v1/me/devices")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listMyDevices", summary = "The caller's registered app devices")
    List<DeviceView> mine(Caller caller) {
        return devices.of(caller.id()).stream().map(DeviceView::of).toList();
    }

    @GetMapping("/api/v1/me/devices/{deviceToken}")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getMyDevice", summary = "One of the caller's devices; another person's answers 404")
    DeviceView one(Caller caller, @PathVariable @Pattern(regexp = TOKEN) String deviceToken) {
        return devices.of(caller.id(), deviceToken).map(DeviceView::of)
                .orElseThrow(() -> new NotFoundException("Device", deviceToken));
    }

    @DeleteMapping("/api/v1/me/devices/{deviceToken}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "unregisterMyDevice", summary = "Stop push messages to a device (at sign-out)",
            description = "A token the caller does not hold answers 404.")
    @ApiResponse(responseCode = "204", description = "Unregistered")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's devices")
    void unregister(Caller caller, @PathVariable @Pattern(regexp = TOKEN) String deviceToken) {
        if (!devices.unregister(caller.id(), deviceToken)) {
            throw new NotFoundException("Device", deviceToken);
        }
    }
}
