package io.propertyops.facility.device.web;

import io.propertyops.facility.device.application.DeviceIntake;
import io.propertyops.facility.device.domain.AlarmEpisodes;
import io.propertyops.facility.device.domain.DeviceGateway;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.meter.application.MeterReadings;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one operation no bearer token opens: a device gateway posts its batch signed with its own secret. The body is
 * taken as bytes, the signature checked over exactly those bytes before anything is read from them.
 */
@RestController
@Validated
@Tag(name = "Device intake", description = "Signed batches of alarms and readings from device gateways")
class DeviceIntakeController {

    static final int MAX_ITEMS = 10_000;

    private final DeviceIntake intake;
    private final JsonMapper json;
    private final Validator validator;

    DeviceIntakeController(DeviceIntake intake, JsonMapper json, Validator validator) {
        this.intake = intake;
        this.json = json;
        this.validator = validator;
    }

    record AlarmItem(@Schema(example = "pump-2") @NotBlank @Size(max = 64) String deviceId,
                     @Schema(description = "The device's alarm code, which is the finding's fault type: name it as the "
                             + "inspection checklists name the fault (e.g. pump.pressure-low), so that an alarm and an "
                             + "abnormal inspection answer about the same fault of the same equipment go to one work order",
                             example = "pump.pressure-low")
                     @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,59}") String alarmType,
                     @NotNull AlarmEpisodes.State state,
                     @Schema(example = "2026-11-23T01:30:00Z") @NotNull Instant at,
                     @Schema(description = "What the device measured", example = "0.12 MPa") @Size(max = 100) String value,
                     @Schema(description = "HIGH when left out") Severity severity) {
    }

    record ReadingItem(@Schema(example = "water-meter-601") @NotBlank @Size(max = 64) String deviceId,
                       @Schema(example = "2026-11-23T01:00:00Z") @NotNull Instant at,
                       @Schema(example = "1246.3") @DecimalMin("0") BigDecimal value,
                       @Schema(description = "A multi-tariff meter's registers instead of value",
                               example = "{\"PEAK\": 812.4, \"VALLEY\": 530.1, \"FLAT\": 402.0}")
                       Map<Register, @NotNull @DecimalMin("0") BigDecimal> registers) {
    }

    @Schema(description = "A batch of up to 10,000 alarms and readings")
    record BatchBody(@Schema(description = "Unique per gateway: a batch id received before is refused as a replay",
                             example = "gw3-20261123-013000-0001") @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}") String batchId,
                     @Size(max = MAX_ITEMS) List<@Valid @NotNull AlarmItem> alarms,
                     @Size(max = MAX_ITEMS) List<@Valid @NotNull ReadingItem> readings) {
    }

    record RefusedReading(@Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") String meterId, Instant readAt,
                          @Schema(example = "not-after-last-counted") String problem) {
    }

    record AcceptedView(@Schema(example = "gw3-20261123-013000-0001") String batchId,
                        @Schema(example = "2") int alarms,
                        @Schema(description = "New findings (a new episode of an alarm)", example = "1") int findingsRaised,
                        @Schema(example = "1") int findingsCleared,
                        @Schema(example = "9996") long readingsCounted,
                        @Schema(example = "2") long readingsHeld,
                        @Schema(description = "Readings received before (the same meter at the same moment)", example = "0")
                        long readingsDuplicate,
                        @Schema(description = "Devices the gateway has no registration of (or no meter for a reading)")
                        Set<String> unknownDevices,
                        List<RefusedReading> refusedReadings) {
    }

    @PostMapping(path = "/api/v1/device-intake/{gatewayId}/batches", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(roles = {}, publicAccess = true)
    @Operation(operationId = "postDeviceBatch", summary = "A device gateway's signed batch of alarms and readings",
            description = "No bearer token: the gateway signs. X-Device-Timestamp is the Unix time in seconds (within ±5 "
                    + "minutes of the service's clock); X-Device-Signature the lowercase hex HMAC-SHA256, keyed with the "
                    + "gateway's secret, of timestamp + \"\\n\" + the body's bytes. The batchId is signed with the body, "
                    + "and a batch id received before is refused. Alarms raise a finding per device, alarm type and open "
                    + "episode; CLEARED clears it. Readings become readings of the device's meter, judged like any other.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = BatchBody.class))))
    @ApiResponse(responseCode = "200", description = "Accepted: what became of it")
    @ApiResponse(responseCode = "400", description = "A signed body that is not a valid batch")
    @ApiResponse(responseCode = "401", description = "No or a wrong signature, an unknown gateway (bad-signature), or a "
            + "timestamp outside ±5 minutes (stale-timestamp)")
    @ApiResponse(responseCode = "409", description = "The batch id was received before (replayed-batch)")
    @ApiResponse(responseCode = "413", description = "Over 4 MB")
    ResponseEntity<AcceptedView> batch(@PathVariable @Size(max = 64) String gatewayId,
                                       @Parameter(description = "Unix time in seconds, e.g. 1795397400")
                                       @RequestHeader(name = "X-Device-Timestamp", required = false) String timestamp,
                                       @Parameter(description = "Hex HMAC-SHA256 of timestamp + \"\\n\" + body",
                                               example = "sha256=5d41402abc4b2a76b9719d911017c592ae0c3a9b7e1c4f8f2c7a1e0b9d8c7f6e")
                                       @RequestHeader(name = "X-Device-Signature", required = false) String signature,
                                       @RequestBody byte[] body) {
        DeviceGateway gateway = intake.authenticate(gatewayId, timestamp, signature, body);
        BatchBody batch = parse(body);
        DeviceIntake.Accepted accepted = intake.accept(gateway, new DeviceIntake.Batch(batch.batchId(),
                batch.alarms() == null ? List.of() : batch.alarms().stream().map(a -> new DeviceIntake.Alarm(a.deviceId(),
                        a.alarmType(), a.state(), a.at(), a.value(), a.severity())).toList(),
                batch.readings() == null ? List.of() : batch.readings().stream().map(r -> new DeviceIntake.Reading(
                        r.deviceId(), r.at(), r.value(), r.registers())).toList()));
        List<MeterReadings.Outcome> outcomes = accepted.readings();
        return ResponseEntity.ok(new AcceptedView(accepted.batchId(), accepted.alarms(), accepted.findingsRaised(),
                accepted.findingsCleared(), count(outcomes, MeterReadings.Outcome.Result.COUNTED),
                count(outcomes, MeterReadings.Outcome.Result.HELD), count(outcomes, MeterReadings.Outcome.Result.DUPLICATE),
                accepted.unknownDevices(), outcomes.stream().filter(o -> o.result() == MeterReadings.Outcome.Result.REFUSED)
                .map(o -> new RefusedReading(o.meterId(), o.readAt(), o.problem())).toList()));
    }

    private BatchBody parse(byte[] body) {
        BatchBody batch;
        try {
            batch = json.readValue(body, BatchBody.class);
        } catch (JacksonException e) {
            throw new MalformedBatch(List.of("The body is not a batch: " + e.getOriginalMessage()));
        }
        if (batch == null) {
            throw new MalformedBatch(List.of("The body is empty"));
        }
        Set<ConstraintViolation<BatchBody>> violations = validator.validate(batch);
        if (!violations.isEmpty()) {
            throw new MalformedBatch(violations.stream().limit(20)
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList());
        }
        int items = (batch.alarms() == null ? 0 : batch.alarms().size()) + (batch.readings() == null ? 0 : batch.readings().size());
        if (items > MAX_ITEMS) {
            throw new MalformedBatch(List.of("At most " + MAX_ITEMS + " alarms and readings a batch"));
        }
        if (batch.readings() != null && batch.readings().stream()
                .anyMatch(r -> (r.value() == null) == (r.registers() == null || r.registers().isEmpty()))) {
            throw new MalformedBatch(List.of("readings: each gives a value or registers"));
        }
        return batch;
    }

    private static long count(List<MeterReadings.Outcome> outcomes, MeterReadings.Outcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    static final class MalformedBatch extends RuntimeException {
        final List<String> errors;

        MalformedBatch(List<String> errors) {
            super("malformed batch", null, false, false);
            this.errors = errors;
        }
    }

    @ExceptionHandler(MalformedBatch.class)
    ResponseEntity<ProblemDetail> malformed(MalformedBatch malformed) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-batch", "The batch cannot be taken");
        problem.setProperty("errors", malformed.errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(DeviceIntake.NotAuthenticated.class)
    ResponseEntity<ProblemDetail> notAuthenticated(DeviceIntake.NotAuthenticated refused) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, refused.code(), refused.getMessage()));
    }
}
