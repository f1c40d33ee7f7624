package io.propertyops.facility.meter.web;

import io.propertyops.facility.meter.application.MeterReadings;
import io.propertyops.facility.meter.application.MeterReadings.NewReading;
import io.propertyops.facility.meter.application.MeterReadings.Outcome;
import io.propertyops.facility.meter.application.Meters;
import io.propertyops.facility.meter.application.ReadingStore;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterReading;
import io.propertyops.facility.meter.domain.ReadingSource;
import io.propertyops.facility.meter.domain.ReadingStatus;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.facility.meter.domain.ReportingWindow;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@RestController
@Validated
@Tag(name = "Meter readings", description = "Readings (抄表) from staff, owners, imports and devices; held readings and their approval")
class MeterReadingController {

    private final MeterReadings readings;
    private final Meters meters;
    private final ReadingImports imports;
    private final Clock clock;

    MeterReadingController(MeterReadings readings, Meters meters, ReadingImports imports, Clock clock) {
        this.readings = readings;
        this.meters = meters;
        this.imports = imports;
        this.clock = clock;
    }

    @Schema(description = "One meter read: its value, or each register's for a multi-tariff meter")
    record ReadingBody(@Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") @NotBlank @Size(max = 64) String meterId,
                       @Schema(description = "When it was read", example = "2026-11-22T02:15:00Z") @NotNull Instant readAt,
                       @Schema(description = "A single-tariff meter's value", example = "1246.3") @DecimalMin("0") BigDecimal value,
                       @Schema(description = "A multi-tariff meter's registers", example = "{\"PEAK\": 812.4, \"VALLEY\": 530.1, \"FLAT\": 402.0}")
                       Map<Register, @NotNull @DecimalMin("0") BigDecimal> registers,
                       @Schema(description = "Whether the unit is lived in (入住), as the reader saw; leave out when unknown",
                               example = "true") Boolean occupied) {
    }

    record RoundBody(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ReadingBody> readings) {
    }

    record OutcomeView(@Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") String meterId,
                       Instant readAt,
                       @Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f@1795313700000") String readingId,
                       Outcome.Result result, ReadingStatus status,
                       @Schema(description = "Why it was refused: unknown-meter, meter-retired, registers-mismatch, "
                               + "negative-value, read-in-the-future, read-before-installation, period-closed, "
                               + "not-after-last-counted", example = "period-closed") String problem) {

        static OutcomeView of(Outcome o) {
            return new OutcomeView(o.meterId(), o.readAt(), o.readingId(), o.result(), o.status(), o.problem());
        }
    }

    record OutcomesView(@Schema(example = "12") long counted, @Schema(example = "1") long held,
                        @Schema(example = "0") long duplicates, @Schema(example = "0") long refused,
                        List<OutcomeView> items) {

        static OutcomesView of(List<Outcome> outcomes) {
            return new OutcomesView(count(outcomes, Outcome.Result.COUNTED), count(outcomes, Outcome.Result.HELD),
                    count(outcomes, Outcome.Result.DUPLICATE), count(outcomes, Outcome.Result.REFUSED),
                    outcomes.stream().map(OutcomeView::of).toList());
        }

        private static long count(List<Outcome> outcomes, Outcome.Result result) {
            return outcomes.stream().filter(o -> o.result() == result).count();
        }
    }

    record ReadingView(@Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f@1795313700000") String id,
                       @Schema(example = "community-cuihu") String communityId,
                       @Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") String meterId,
                       @Schema(example = "cuihu-1-1-601") String unitId,
                       @Schema(example = "2026-11") String period,
                       Instant readAt,
                       Map<Register, BigDecimal> values,
                       @Schema(example = "1246.3") BigDecimal value,
                       ReadingSource source,
                       @Schema(example = "tech-0012") String readerId,
                       @Schema(example = "true") Boolean occupied,
                       @Schema(description = "Whether a photo of the meter is on record", example = "false") boolean photo,
                       Map<Register, BigDecimal> consumption,
                       @Schema(description = "What it adds since the last counted reading, after the multiplier", example = "14.2")
                       BigDecimal totalConsumption,
                       @Schema(example = "false") boolean rollover,
                       @Schema(description = "The plausibility rules it failed: negative-delta, jump, zero-occupied") List<String> rules,
                       ReadingStatus status,
                       @Schema(example = "sup-0002") String decidedBy,
                       Instant decidedAt,
                       @Schema(example = "户主确认家中漏水已修") String decisionNote,
                       Instant recordedAt,
                       @Schema(example = "1") long version) {

        static ReadingView of(MeterReading r) {
            return new ReadingView(r.id(), r.communityId(), r.meterId(), r.unitId(), r.period().toString(), r.readAt(),
                    r.values(), r.value(), r.source(), r.readerId(), r.occupied(), r.photoId() != null, r.consumption(),
                    r.totalConsumption(), r.rollover(), r.rules(), r.status(), r.decidedBy(), r.decidedAt(),
                    r.decisionNote(), r.recordedAt(), r.version());
        }
    }

    record DecisionBody(@Schema(example = "照片核实：住户家中曾漏水，读数属实") @Size(max = 500) String note) {
    }

    @PostMapping("/api/v1/meter-readings")
    @MeterReaders
    @Operation(operationId = "recordMeterReadings", summary = "Record the readings of a round",
            description = "Up to 500 readings of the caller's communities; each is counted, held (implausible: it waits for a "
                    + "photo and an approval, and is reported as a finding), a duplicate of one recorded before (the same "
                    + "meter at the same moment), or refused with its reason — one refusal does not stop the others.")
    @ApiResponse(responseCode = "200", description = "What became of each reading, in order")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "422", description = "A reading with neither a value nor registers (value-required)")
    OutcomesView record(Caller caller, @Valid @RequestBody RoundBody body) {
        List<NewReading> batch = body.readings().stream().map(reading -> new NewReading(null, reading.meterId(),
                reading.readAt().truncatedTo(ChronoUnit.MILLIS), values(reading.value(), reading.registers()),
                reading.occupied(), caller.id())).toList();
        return OutcomesView.of(readings.record(ReadingSource.STAFF, batch, meter -> caller.inCommunity(meter.communityId())));
    }

    @GetMapping("/api/v1/meter-readings")
    @MeterStaff
    @Operation(operationId = "listMeterReadings", summary = "A community's readings, newest first",
            description = "status=HELD lists those waiting for an approval.")
    @ApiResponse(responseCode = "200", description = "A page of readings")
    @ApiResponse(responseCode = "400", description = "A malformed parameter")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    List<ReadingView> list(Caller caller,
                           @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId,
                           @Parameter(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") @RequestParam(required = false) @Size(max = 64) String meterId,
                           @Parameter(example = "2026-11") @RequestParam(required = false) @Pattern(regexp = MeterController.PERIOD) String period,
                           @RequestParam(required = false) ReadingStatus status,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return readings.list(caller, communityId, meterId, period == null ? null : YearMonth.parse(period), status, page, size)
                .stream().map(ReadingView::of).toList();
    }

    @GetMapping("/api/v1/meter-readings/{id}")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.FINANCE, Roles.PROPERTY_MANAGER,
            Roles.ADMIN, Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "getMeterReading", summary = "One reading",
            description = "Staff of its community; owners and residents of its unit.")
    @ApiResponse(responseCode = "200", description = "The reading, its version as ETag")
    @ApiResponse(responseCode = "404", description = "No such reading the caller may see")
    ResponseEntity<ReadingView> get(Caller caller, @PathVariable @Size(max = 120) String id) {
        ReadingView view = ReadingView.of(readings.get(caller, id));
        return ResponseEntity.ok().eTag(MeterController.etag(view.version())).body(view);
    }

    @PutMapping("/api/v1/meter-readings/{id}/photo")
    @Allowed(roles = {Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN, Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "putMeterReadingPhoto", summary = "Add the photo of the meter a held reading needs",
            description = "A JPEG or PNG of up to 5 MB (told by its bytes), replacing one it had; only while the reading is held.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "200", description = "Stored")
    @ApiResponse(responseCode = "404", description = "No such reading the caller may see")
    @ApiResponse(responseCode = "409", description = "The reading is decided (reading-decided)")
    @ApiResponse(responseCode = "413", description = "Over 5 MB")
    @ApiResponse(responseCode = "415", description = "Not a JPEG or PNG")
    ReadingView putPhoto(Caller caller, @PathVariable @Size(max = 120) String id, @RequestBody(required = false) byte[] photo) {
        readings.get(caller, id); // someone else's reading answers 404 whatever the body
        if (photo == null) {
            throw new UnsupportedImage();
        }
        String type = imageType(photo);
        return ReadingView.of(readings.attachPhoto(caller, id, type, new ByteArrayInputStream(photo)));
    }

    @GetMapping(path = "/api/v1/meter-readings/{id}/photo", produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @Allowed(roles = {Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN, Roles.OWNER,
            Roles.RESIDENT})
    @Operation(operationId = "getMeterReadingPhoto", summary = "The photo of the meter on record for a reading")
    @ApiResponse(responseCode = "200", description = "The image")
    @ApiResponse(responseCode = "404", description = "No such reading the caller may see, or no photo")
    ResponseEntity<InputStreamResource> photo(Caller caller, @PathVariable @Size(max = 120) String id) {
        ReadingStore.Photo photo = readings.photo(caller, id).orElseThrow(() -> new NotFoundException("Photo", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
                .body(new InputStreamResource(photo.bytes()));
    }

    @PostMapping("/api/v1/meter-readings/{id}/approve")
    @ReadingApprovers
    @Operation(operationId = "approveMeterReading", summary = "Approve a held reading",
            description = "By someone other than its reader, once a photo of the meter is on record; from then on it counts "
                    + "(its month's consumption includes it) and its finding is cleared.")
    @ApiResponse(responseCode = "200", description = "Approved")
    @ApiResponse(responseCode = "404", description = "No such reading in the caller's communities")
    @ApiResponse(responseCode = "409", description = "The reading is not held (reading-not-held)")
    @ApiResponse(responseCode = "412", description = "The reading changed since the version in If-Match")
    @ApiResponse(responseCode = "422", description = "No photo yet (photo-required), or the caller read it (approver-is-reader)")
    ResponseEntity<ReadingView> approve(Caller caller, @PathVariable @Size(max = 120) String id, ExpectedVersion version,
                                        @Valid @RequestBody(required = false) DecisionBody body) {
        ReadingView view = ReadingView.of(readings.approve(caller, id, body == null ? null : body.note(), version.orNull()));
        return ResponseEntity.ok().eTag(MeterController.etag(view.version())).body(view);
    }

    @PostMapping("/api/v1/meter-readings/{id}/reject")
    @ReadingApprovers
    @Operation(operationId = "rejectMeterReading", summary = "Reject a held reading",
            description = "By someone other than its reader, saying why; it never counts, and its finding is cleared.")
    @ApiResponse(responseCode = "200", description = "Rejected")
    @ApiResponse(responseCode = "404", description = "No such reading in the caller's communities")
    @ApiResponse(responseCode = "409", description = "The reading is not held (reading-not-held)")
    @ApiResponse(responseCode = "412", description = "The reading changed since the version in If-Match")
    @ApiResponse(responseCode = "422", description = "No reason (reason-required), or the caller read it (approver-is-reader)")
    ResponseEntity<ReadingView> reject(Caller caller, @PathVariable @Size(max = 120) String id, ExpectedVersion version,
                                       @Valid @RequestBody DecisionBody body) {
        ReadingView view = ReadingView.of(readings.reject(caller, id, body.note(), version.orNull()));
        return ResponseEntity.ok().eTag(MeterController.etag(view.version())).body(view);
    }

    @PostMapping("/api/v1/meter-readings/imports")
    @MeterEditors
    @Operation(operationId = "importMeterReadings", summary = "Import readings from a CSV file",
            description = "A header line, then one reading a line: serial,readAt,value,peak,valley,flat,occupied — readAt "
                    + "as 2026-11-22T10:15:00+08:00 or 2026-11-22 10:15 (the estates' time), value for a single-tariff "
                    + "meter or peak/valley/flat for a multi-tariff one, occupied true/false or empty. Every line is "
                    + "checked first: one bad line (an unknown serial, an unreadable number) writes nothing and is listed "
                    + "with its line number. Importing the same file again records nothing twice.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "text/csv", schema = @Schema(type = "string",
                    example = "serial,readAt,value,occupied\nWM-2019-004417,2026-11-22 10:15,1246.3,true\n"))))
    @ApiResponse(responseCode = "200", description = "What became of each reading")
    @ApiResponse(responseCode = "400", description = "A malformed parameter")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    @ApiResponse(responseCode = "413", description = "Over 2 MB")
    @ApiResponse(responseCode = "415", description = "Not text/csv")
    @ApiResponse(responseCode = "422", description = "Lines that cannot be read (import-rejected), each with its problem")
    OutcomesView importCsv(Caller caller,
                           @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId,
                           @RequestHeader(name = "Content-Type", required = false) String contentType,
                           @RequestBody(required = false) String csv) {
        caller.requireCommunity(communityId);
        if (contentType == null || !MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType("text/csv"))) {
            throw new UnsupportedCsv();
        }
        List<NewReading> batch = imports.parse(communityId, csv == null ? "" : csv, caller.id());
        return OutcomesView.of(readings.record(ReadingSource.IMPORT, batch, meter -> meter.communityId().equals(communityId)));
    }

    @ExceptionHandler(ReadingImports.Rejected.class)
    ResponseEntity<ProblemDetail> importRejected(ReadingImports.Rejected rejected) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected",
                rejected.lines().size() + " lines cannot be read; nothing was imported");
        problem.setProperty("lines", rejected.lines());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    // ---- owners and residents ----

    record OwnerReadingBody(@Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") @NotBlank @Size(max = 64) String meterId,
                            @Schema(description = "A single-tariff meter's value", example = "1246.3") @DecimalMin("0") BigDecimal value,
                            @Schema(description = "A multi-tariff meter's registers", example = "{\"PEAK\": 812.4, \"VALLEY\": 530.1, \"FLAT\": 402.0}")
                            Map<Register, @NotNull @DecimalMin("0") BigDecimal> registers) {
    }

    record OwnerMeterView(@Schema(example = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f") String id,
                          @Schema(example = "cuihu-1-1-601") String unitId,
                          @Schema(example = "community-cuihu") String communityId,
                          io.propertyops.facility.meter.domain.MeterKind kind,
                          io.propertyops.facility.meter.domain.Tariff tariff,
                          @Schema(example = "WM-2019-004417") String serial,
                          @Schema(example = "m3") String quantityUnit,
                          @Schema(description = "Whether owners may report this month now", example = "true") boolean reportingOpen,
                          @Schema(example = "20") Integer reportingFrom,
                          @Schema(example = "25") Integer reportingTo) {
    }

    @GetMapping("/api/v1/me/meters")
    @Residents
    @Operation(operationId = "listMyMeters", summary = "The meters of my units, and whether I may report them now")
    @ApiResponse(responseCode = "200", description = "The meters")
    @ApiResponse(responseCode = "400", description = "Never: there is nothing to send")
    List<OwnerMeterView> myMeters(Caller caller) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), meters.zone());
        List<OwnerMeterView> views = new ArrayList<>();
        for (Meter meter : meters.ofOwner(caller)) {
            ReportingWindow window = meters.window(caller, meter.communityId());
            views.add(new OwnerMeterView(meter.id(), meter.unitId(), meter.communityId(), meter.kind(), meter.tariff(),
                    meter.serial(), meter.kind().quantityUnit(), window != null && window.isOpenOn(today),
                    window == null ? null : window.dayFrom(), window == null ? null : window.dayTo()));
        }
        return views;
    }

    @PostMapping("/api/v1/me/meter-readings")
    @Residents
    @Operation(operationId = "reportMyMeterReading", summary = "Report a meter of my unit",
            description = "Within the community's reporting window; one reading per meter and month (sending the same "
                    + "again answers it, a different one is refused). An implausible reading is held until staff approve it.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "Reported before with the same value")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "Not a meter of the caller's units")
    @ApiResponse(responseCode = "409", description = "Reported before this month with another value (already-reported), or the month is closed")
    @ApiResponse(responseCode = "422", description = "Outside the reporting window (reporting-window-closed), or registers that do not fit the meter")
    ResponseEntity<ReadingView> report(Caller caller, @Valid @RequestBody OwnerReadingBody body) {
        Meter meter = meters.ofOwner(caller).stream().filter(m -> m.id().equals(body.meterId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Meter", body.meterId()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, meters.zone());
        ReportingWindow window = meters.window(caller, meter.communityId());
        if (window == null || !window.isOpenOn(today)) {
            throw new RuleViolationException("reporting-window-closed", "meterId", window == null
                    ? "The community takes no readings from owners"
                    : "Owners report from day " + window.dayFrom() + " to day " + window.dayTo() + " of the month");
        }
        Map<Register, BigDecimal> values = values(body.value(), body.registers());
        String id = meter.id() + "@owner:" + YearMonth.from(today);
        // occupancy unknown: an owner reporting nothing used may be away (the estate has no unit state yet)
        Outcome outcome = readings.record(ReadingSource.OWNER, List.of(new NewReading(id, meter.id(), now, values,
                null, caller.id())), m -> m.id().equals(meter.id())).getFirst();
        if (outcome.result() == Outcome.Result.REFUSED) {
            throw switch (outcome.problem()) {
                case "period-closed" -> new ConflictException("period-closed", "This month's readings are closed");
                default -> new RuleViolationException(outcome.problem(), "registers", "The reading does not fit the meter: " + outcome.problem());
            };
        }
        MeterReading recorded = readings.get(caller, outcome.readingId());
        if (outcome.result() == Outcome.Result.DUPLICATE) {
            if (!sameValues(recorded.values(), values)) {
                throw new ConflictException("already-reported", "This meter was reported this month already");
            }
            return ResponseEntity.ok(ReadingView.of(recorded));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(ReadingView.of(recorded));
    }

    private static boolean sameValues(Map<Register, BigDecimal> a, Map<Register, BigDecimal> b) {
        return a.size() == b.size() && a.entrySet().stream()
                .allMatch(e -> b.containsKey(e.getKey()) && b.get(e.getKey()).compareTo(e.getValue()) == 0);
    }

    static Map<Register, BigDecimal> values(BigDecimal value, Map<Register, BigDecimal> registers) {
        if ((value == null) == (registers == null || registers.isEmpty())) {
            throw new RuleViolationException("value-required", "value",
                    "Give the value of a single-tariff meter, or the registers of a multi-tariff one");
        }
        Map<Register, BigDecimal> values = new EnumMap<>(Register.class);
        if (value != null) {
            values.put(Register.TOTAL, value);
        } else {
            values.putAll(registers);
        }
        return values;
    }

    private static String imageType(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return MediaType.IMAGE_JPEG_VALUE;
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return MediaType.IMAGE_PNG_VALUE;
        }
        throw new UnsupportedImage();
    }

    @ExceptionHandler(UnsupportedCsv.class)
    ResponseEntity<ProblemDetail> unsupportedCsv() {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send the readings as text/csv"));
    }

    static final class UnsupportedCsv extends RuntimeException {
        UnsupportedCsv() {
            super("not text/csv", null, false, false);
        }
    }

    @ExceptionHandler(UnsupportedImage.class)
    ResponseEntity<ProblemDetail> unsupportedImage() {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send a JPEG or PNG photo"));
    }

    static final class UnsupportedImage extends RuntimeException {
        UnsupportedImage() {
            super("not a JPEG or PNG", null, false, false);
        }
    }
}
