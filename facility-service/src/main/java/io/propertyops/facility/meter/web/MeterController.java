package io.propertyops.facility.meter.web;

import io.propertyops.facility.meter.application.Meters;
import io.propertyops.facility.meter.application.ReadingPeriods;
import io.propertyops.facility.meter.domain.Apportioning;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterKind;
import io.propertyops.facility.meter.domain.ReadingPeriod;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.facility.meter.domain.ReportingWindow;
import io.propertyops.facility.meter.domain.Tariff;
import io.propertyops.facility.meter.domain.Verification;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

@RestController
@Validated
@Tag(name = "Meters", description = "The meter register (表计台账), reporting windows and the months of readings")
class MeterController {

    static final String PERIOD = "[0-9]{4}-(0[1-9]|1[0-2])";

    private final Meters meters;
    private final ReadingPeriods periods;
    private final Clock clock;

    MeterController(Meters meters, ReadingPeriods periods, Clock clock) {
        this.meters = meters;
        this.periods = periods;
        this.clock = clock;
    }

    record LocationBody(@NotNull LocationKind kind,
                        @Schema(example = "cuihu-1-1-601") @NotBlank @Size(max = 64) String id) {
    }

    record VerificationBody(@Schema(example = "2021-03-15") @NotNull LocalDate verifiedOn,
                            @Schema(description = "How long a verification holds (检定周期)", example = "72")
                            @Min(1) @Max(240) int intervalMonths) {
    }

    record ShareBody(@Schema(example = "cuihu-1-1-601") @NotBlank @Size(max = 64) String unitId,
                     @Schema(description = "The unit's area; by area only, and taken from the estate when left out",
                             example = "89.50") @DecimalMin("0.01") @Digits(integer = 6, fraction = 2) BigDecimal areaSqm) {
    }

    record ApportioningBody(@NotNull Apportioning.Rule rule,
                            @NotNull @Size(min = 1, max = 2000) List<@Valid @NotNull ShareBody> units) {
    }

    @Schema(description = "A meter as staff enter it")
    record MeterBody(@Schema(example = "community-cuihu") @NotBlank @Size(max = 64) String communityId,
                     @NotNull MeterKind kind,
                     @Schema(description = "SINGLE (the default) or MULTI (peak, valley and flat registers)") Tariff tariff,
                     @Schema(description = "As printed on the meter", example = "WM-2019-004417")
                     @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._/-]+") String serial,
                     @NotNull @Valid LocationBody location,
                     @Schema(example = "1-1-601 厨房") @Size(max = 100) String locationName,
                     @Schema(description = "The equipment a running-hours meter counts for", example = "equipment-pump-2")
                     @Size(max = 64) String equipmentId,
                     @Schema(description = "倍率, 1 when left out", example = "1")
                     @DecimalMin("0.0001") @DecimalMax("100000") BigDecimal multiplier,
                     @Schema(description = "Whole digits of the register, for rollovers", example = "5") @Min(1) @Max(12) Integer digits,
                     @Schema(description = "The registers' values at installation (TOTAL, or PEAK/VALLEY/FLAT); zero when left out",
                             example = "{\"TOTAL\": 1203.5}") Map<Register, @NotNull @DecimalMin("0") BigDecimal> initialValues,
                     @Schema(description = "When those were read; now when left out", example = "2026-01-05T02:00:00Z") Instant installedAt,
                     @Valid VerificationBody verification,
                     @Schema(description = "For a shared meter (公摊表) only") @Valid ApportioningBody apportioning) {

        Meter toDraft(Instant now) {
            return new Meter("draft", communityId, kind, tariff == null ? Tariff.SINGLE : tariff, serial,
                    Location.of(location.kind(), location.id()), locationName, equipmentId,
                    multiplier == null ? BigDecimal.ONE : multiplier, digits, initialValues,
                    installedAt == null ? now : installedAt,
                    verification == null ? null : new Verification(verification.verifiedOn(), verification.intervalMonths()),
                    apportioning == null ? null : new Apportioning(apportioning.rule(), apportioning.units().stream()
                            .map(unit -> new Apportioning.Share(unit.unitId(), unit.areaSqm())).toList()),
                    false, 0);
        }
    }

    record VerificationView(@Schema(example = "2021-03-15") LocalDate verifiedOn, @Schema(example = "72") int intervalMonths,
                            @Schema(example = "2027-03-15") LocalDate expiresOn) {
    }

    record MeterView(@Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") String id,
                     @Schema(example = "community-cuihu") String communityId,
                     MeterKind kind, Tariff tariff,
                     @Schema(example = "WM-2019-004417") String serial,
                     Location location,
                     @Schema(example = "1-1-601 厨房") String locationName,
                     @Schema(example = "equipment-pump-2") String equipmentId,
                     @Schema(description = "The unit whose own meter it is; null for a common, shared or equipment meter",
                             example = "cuihu-1-1-601") String unitId,
                     @Schema(example = "m3") String quantityUnit,
                     @Schema(example = "1") BigDecimal multiplier,
                     @Schema(example = "5") Integer digits,
                     Map<Register, BigDecimal> initialValues,
                     Instant installedAt,
                     VerificationView verification,
                     Apportioning apportioning,
                     @Schema(example = "false") boolean retired,
                     @Schema(description = "The version the ETag carries", example = "1") long version) {

        static MeterView of(Meter m) {
            return new MeterView(m.id(), m.communityId(), m.kind(), m.tariff(), m.serial(), m.location(),
                    m.locationName(), m.equipmentId(), m.unitId(), m.kind().quantityUnit(), m.multiplier(), m.digits(),
                    m.initialValues(), m.installedAt(), m.verification() == null ? null : new VerificationView(
                    m.verification().verifiedOn(), m.verification().intervalMonths(), m.verification().expiresOn()),
                    m.apportioning(), m.retired(), m.version());
        }
    }

    @PostMapping("/api/v1/meters")
    @MeterEditors
    @Operation(operationId = "addMeter", summary = "Add a meter to a community's register",
            description = "A unit's own meter stands at the UNIT; a shared meter (公摊表) at a common place, with the units "
                    + "that share it and the rule (BY_AREA: areas from the request or else the estate's units; "
                    + "BY_HOUSEHOLD). A retry with the same Idempotency-Key answers the meter added the first time.")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "200", description = "Added before, by a request with this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    @ApiResponse(responseCode = "409", description = "The serial is taken in the community (serial-taken)")
    @ApiResponse(responseCode = "422", description = "Registers that do not match the tariff, a shared unit meter, an unknown area")
    ResponseEntity<MeterView> add(Caller caller,
                                  @Parameter(example = "meter-601-water") @RequestHeader(name = "Idempotency-Key", required = false)
                                  @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey,
                                  @Valid @RequestBody MeterBody body) {
        Meters.Created created = meters.add(caller, body.toDraft(clock.instant()), idempotencyKey);
        MeterView view = MeterView.of(created.meter());
        return created.created()
                ? ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/meters/" + view.id()))
                .eTag(etag(view.version())).body(view)
                : ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @GetMapping("/api/v1/meters")
    @MeterStaff
    @Operation(operationId = "listMeters", summary = "A community's meters, by serial",
            description = "unitId narrows to the unit's own meters and the shared meters it has a share of.")
    @ApiResponse(responseCode = "200", description = "The meters")
    @ApiResponse(responseCode = "400", description = "A malformed parameter")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    List<MeterView> list(Caller caller,
                         @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId,
                         @Parameter(example = "cuihu-1-1-601") @RequestParam(required = false) @Size(max = 64) String unitId,
                         @RequestParam(required = false) MeterKind kind) {
        return meters.list(caller, communityId, unitId, kind).stream().map(MeterView::of).toList();
    }

    @GetMapping("/api/v1/meters/{id}")
    @MeterStaff
    @Operation(operationId = "getMeter", summary = "One meter")
    @ApiResponse(responseCode = "200", description = "The meter, its version as ETag")
    @ApiResponse(responseCode = "404", description = "No such meter in the caller's communities")
    ResponseEntity<MeterView> get(Caller caller, @PathVariable @Size(max = 64) String id) {
        MeterView view = MeterView.of(meters.get(caller, id));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @PutMapping("/api/v1/meters/{id}")
    @MeterEditors
    @Operation(operationId = "changeMeter", summary = "Change a meter",
            description = "The whole meter as it is now (its community stays); a new verification date sets a new reminder.")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "No such meter in the caller's communities")
    @ApiResponse(responseCode = "409", description = "The meter is retired")
    @ApiResponse(responseCode = "412", description = "The meter changed since the version in If-Match")
    @ApiResponse(responseCode = "422", description = "Registers that do not match the tariff, a shared unit meter, an unknown area")
    ResponseEntity<MeterView> change(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion version,
                                     @Valid @RequestBody MeterBody body) {
        MeterView view = MeterView.of(meters.change(caller, id, body.toDraft(clock.instant()), version.orNull()));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @DeleteMapping("/api/v1/meters/{id}")
    @MeterEditors
    @Operation(operationId = "retireMeter", summary = "Take a meter out of service",
            description = "It takes no more readings and needs no more verification; its readings are kept.")
    @ApiResponse(responseCode = "200", description = "Retired")
    @ApiResponse(responseCode = "404", description = "No such meter in the caller's communities")
    @ApiResponse(responseCode = "412", description = "The meter changed since the version in If-Match")
    ResponseEntity<MeterView> retire(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion version) {
        MeterView view = MeterView.of(meters.retire(caller, id, version.orNull()));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    record ReportingWindowBody(@Schema(description = "First day of each month owners may report", example = "20")
                      @NotNull @Min(1) @Max(31) Integer dayFrom,
                      @Schema(description = "Last day (included)", example = "25") @NotNull @Min(1) @Max(31) Integer dayTo) {
    }

    record ReportingWindowView(@Schema(example = "community-cuihu") String communityId,
                      @Schema(description = "Null when the community has none: owners cannot report", example = "20") Integer dayFrom,
                      @Schema(example = "25") Integer dayTo,
                      @Schema(description = "Whether owners may report today", example = "true") boolean openToday,
                      @Schema(example = "1") long version) {
    }

    @GetMapping("/api/v1/meters/reporting-windows/{communityId}")
    @MeterStaff
    @Operation(operationId = "getReportingWindow", summary = "The days of each month owners report their meters on")
    @ApiResponse(responseCode = "200", description = "The window; empty days when none is set")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    ReportingWindowView window(Caller caller, @PathVariable @Size(max = 64) String communityId) {
        return view(communityId, meters.window(caller, communityId));
    }

    @PutMapping("/api/v1/meters/reporting-windows/{communityId}")
    @MeterEditors
    @Operation(operationId = "setReportingWindow", summary = "Set the days of each month owners report their meters on",
            description = "From dayFrom to dayTo of every month, both included (a window to the 31st ends with a shorter month).")
    @ApiResponse(responseCode = "200", description = "Set")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    @ApiResponse(responseCode = "412", description = "The window changed since the version in If-Match")
    @ApiResponse(responseCode = "422", description = "dayTo before dayFrom (invalid-window)")
    ResponseEntity<ReportingWindowView> setWindow(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                         ExpectedVersion version, @Valid @RequestBody ReportingWindowBody body) {
        ReportingWindow window = meters.setWindow(caller, communityId, body.dayFrom(), body.dayTo(), version.orNull());
        return ResponseEntity.ok().eTag(etag(window.version())).body(view(communityId, window));
    }

    private ReportingWindowView view(String communityId, ReportingWindow window) {
        return window == null ? new ReportingWindowView(communityId, null, null, false, 0)
                : new ReportingWindowView(communityId, window.dayFrom(), window.dayTo(),
                window.isOpenOn(LocalDate.ofInstant(clock.instant(), meters.zone())), window.version());
    }

    record PeriodView(@Schema(example = "community-cuihu") String communityId,
                      @Schema(example = "2026-11") String period,
                      ReadingPeriod.Status status,
                      @Schema(description = "Readings of the month waiting for an approval", example = "0") long heldReadings,
                      Instant closedAt,
                      @Schema(example = "pm-0003") String closedBy,
                      @Schema(description = "Units whose consumption the close published", example = "36") int units) {
    }

    record ClosedView(@Schema(example = "community-cuihu") String communityId,
                      @Schema(example = "2026-11") String period,
                      ReadingPeriod.Status status,
                      @Schema(description = "Consumption records this call published (0 when closed before)", example = "72")
                      int published,
                      @Schema(description = "Meters with no counted reading in the month: they add nothing") List<String> unreadMeterIds) {
    }

    @GetMapping("/api/v1/meters/periods/{communityId}/{period}")
    @MeterStaff
    @Operation(operationId = "getReadingPeriod", summary = "A community's month of readings: open or closed, and how many are held")
    @ApiResponse(responseCode = "200", description = "The month")
    @ApiResponse(responseCode = "400", description = "A malformed month")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    PeriodView period(Caller caller, @PathVariable @Size(max = 64) String communityId,
                      @Parameter(example = "2026-11") @PathVariable @Pattern(regexp = PERIOD) String period) {
        ReadingPeriods.PeriodState state = periods.state(caller, communityId, YearMonth.parse(period));
        ReadingPeriod p = state.period();
        return new PeriodView(communityId, period, p.status(), state.heldReadings(), p.closedAt(), p.closedBy(), p.units());
    }

    @PostMapping("/api/v1/meters/periods/{communityId}/{period}/close")
    @PeriodClosers
    @Operation(operationId = "closeReadingPeriod", summary = "Close a month of readings and publish each unit's consumption",
            description = "Refused while any reading of the month is held. Publishes ConsumptionApproved per unit and kind "
                    + "(counted readings only; shared meters apportioned); from then on the month takes no readings. "
                    + "Closing a closed month publishes nothing again.")
    @ApiResponse(responseCode = "200", description = "Closed")
    @ApiResponse(responseCode = "400", description = "A malformed month")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    @ApiResponse(responseCode = "409", description = "Readings of the month are held (readings-held)")
    ClosedView close(Caller caller, @PathVariable @Size(max = 64) String communityId,
                     @Parameter(example = "2026-11") @PathVariable @Pattern(regexp = PERIOD) String period) {
        ReadingPeriods.Closed closed = periods.close(caller, communityId, YearMonth.parse(period));
        return new ClosedView(communityId, period, closed.period().status(), closed.published(), closed.unreadMeterIds());
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
