package io.propertyops.facility.device.web;

import io.propertyops.facility.device.application.DeviceGateways;
import io.propertyops.facility.device.domain.Device;
import io.propertyops.facility.device.domain.DeviceGateway;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "Device gateways", description = "A community's device gateways (物联网网关) and the devices behind them")
class DeviceGatewayController {

    private final DeviceGateways gateways;

    DeviceGatewayController(DeviceGateways gateways) {
        this.gateways = gateways;
    }

    record GatewayBody(@Schema(example = "community-cuihu") @NotBlank @Size(max = 64) String communityId,
                       @Schema(example = "3号楼 水泵房网关") @NotBlank @Size(max = 100) String name) {
    }

    record GatewayView(@Schema(example = "6f0c2b1e-3d4a-4e5f-9a8b-7c6d5e4f3a2b") String id,
                       @Schema(example = "community-cuihu") String communityId,
                       @Schema(example = "3号楼 水泵房网关") String name,
                       @Schema(example = "pm-0003") String createdBy,
                       Instant createdAt,
                       @Schema(description = "The HMAC secret: shown when the gateway is registered, never again",
                               example = "q3Zs1Xv0b2c7RkT9pWm4yLh8NfJd6AeUo5iGtCr1sKE") String secret) {

        static GatewayView of(DeviceGateway g, boolean withSecret) {
            return new GatewayView(g.id(), g.communityId(), g.name(), g.createdBy(), g.createdAt(),
                    withSecret ? g.secret() : null);
        }
    }

    record LocationBody(@NotNull LocationKind kind,
                        @Schema(example = "cuihu-pump-room-3") @NotBlank @Size(max = 64) String id) {
    }

    record DeviceBody(@Schema(example = "2号生活泵") @NotBlank @Size(max = 100) String name,
                      @NotNull @Valid LocationBody location,
                      @Schema(example = "3号楼 水泵房") @Size(max = 100) String locationName,
                      @Schema(description = "The equipment whose alarms it raises", example = "equipment-pump-2")
                      @Size(max = 64) String equipmentId,
                      @Schema(description = "The meter whose readings it sends", example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f")
                      @Size(max = 64) String meterId,
                      @Schema(description = "The trade that fixes what its alarms report", example = "plumbing")
                      @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String category) {
    }

    record DeviceView(@Schema(example = "6f0c2b1e-3d4a-4e5f-9a8b-7c6d5e4f3a2b") String gatewayId,
                      @Schema(example = "pump-2") String deviceId,
                      @Schema(example = "community-cuihu") String communityId,
                      @Schema(example = "2号生活泵") String name,
                      Location location,
                      @Schema(example = "3号楼 水泵房") String locationName,
                      @Schema(example = "equipment-pump-2") String equipmentId,
                      @Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") String meterId,
                      @Schema(example = "plumbing") String category) {

        static DeviceView of(Device d) {
            return new DeviceView(d.gatewayId(), d.deviceId(), d.communityId(), d.name(), d.location(),
                    d.locationName(), d.equipmentId(), d.meterId(), d.category());
        }
    }

    @PostMapping("/api/v1/device-gateways")
    @Allowed(roles = {Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "registerDeviceGateway", summary = "Register a device gateway; the answer shows its secret once",
            description = "The gateway signs each batch with the secret (HMAC-SHA256 over timestamp + \"\\n\" + body). "
                    + "A retry by the same person with the same Idempotency-Key answers the gateway registered the first time.")
    @ApiResponse(responseCode = "201", description = "Registered; the secret is in the answer")
    @ApiResponse(responseCode = "200", description = "Registered before, by a request with this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    ResponseEntity<GatewayView> register(Caller caller,
                                         @Parameter(example = "pump-room-3-gateway") @RequestHeader(name = "Idempotency-Key", required = false)
                                         @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey,
                                         @Valid @RequestBody GatewayBody body) {
        DeviceGateways.Registered registered = gateways.register(caller, body.communityId(), body.name(), idempotencyKey);
        GatewayView view = GatewayView.of(registered.gateway(), true);
        return registered.created()
                ? ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/device-gateways/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/v1/device-gateways")
    @Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listDeviceGateways", summary = "A community's device gateways (without their secrets)")
    @ApiResponse(responseCode = "200", description = "The gateways")
    @ApiResponse(responseCode = "400", description = "A malformed parameter")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    List<GatewayView> list(Caller caller,
                           @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId) {
        return gateways.gateways(caller, communityId).stream().map(g -> GatewayView.of(g, false)).toList();
    }

    @GetMapping("/api/v1/device-gateways/{id}")
    @Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getDeviceGateway", summary = "One device gateway (without its secret)")
    @ApiResponse(responseCode = "200", description = "The gateway")
    @ApiResponse(responseCode = "404", description = "No such gateway in the caller's communities")
    GatewayView get(Caller caller, @PathVariable @Size(max = 64) String id) {
        return GatewayView.of(gateways.gateway(caller, id), false);
    }

    @PutMapping("/api/v1/device-gateways/{id}/devices/{deviceId}")
    @Allowed(roles = {Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "putDevice", summary = "Register or change a device behind a gateway",
            description = "deviceId is the gateway's own name for it; its alarms raise findings about its equipment or "
                    + "location, its readings are its meter's.")
    @ApiResponse(responseCode = "200", description = "Registered")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "No such gateway or meter in the caller's communities")
    DeviceView putDevice(Caller caller, @PathVariable @Size(max = 64) String id,
                         @PathVariable @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String deviceId,
                         @Valid @RequestBody DeviceBody body) {
        return DeviceView.of(gateways.putDevice(caller, id, deviceId, body.name(),
                Location.of(body.location().kind(), body.location().id()), body.locationName(), body.equipmentId(),
                body.meterId(), body.category()));
    }

    @GetMapping("/api/v1/device-gateways/{id}/devices")
    @Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listDevices", summary = "The devices behind a gateway")
    @ApiResponse(responseCode = "200", description = "The devices")
    @ApiResponse(responseCode = "404", description = "No such gateway in the caller's communities")
    List<DeviceView> devices(Caller caller, @PathVariable @Size(max = 64) String id) {
        return gateways.devices(caller, id).stream().map(DeviceView::of).toList();
    }
}
