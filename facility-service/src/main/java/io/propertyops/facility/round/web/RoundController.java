package io.propertyops.facility.round.web;

import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.round.application.Rounds;
import io.propertyops.facility.round.domain.Round;
import io.propertyops.facility.round.web.RoundBodies.CheckInBody;
import io.propertyops.facility.round.web.RoundBodies.PointView;
import io.propertyops.facility.round.web.RoundBodies.RoundView;
import io.propertyops.facility.round.web.RoundBodies.StartRoundBody;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Rounds", description = "Inspection rounds (巡检) checked in point by point, and the live round board")
class RoundController {

    private final Rounds rounds;

    RoundController(Rounds rounds) {
        this.rounds = rounds;
    }

    private ResponseEntity<RoundView> withETag(ResponseEntity.BodyBuilder response, Round round) {
        return response.eTag(Long.toString(round.version())).body(RoundView.of(round, rounds.now()));
    }

    @PostMapping("/api/v1/rounds")
    @Inspectors
    @Operation(operationId = "startRound", summary = "Start a round of a route by hand",
            description = "For the route's window from windowStart (now when absent); planned rounds are opened by "
                    + "their inspection plans. The caller walks it when nobody else is named. A retried request with "
                    + "the same Idempotency-Key answers the round started the first time.")
    @ApiResponse(responseCode = "201", description = "Started")
    @ApiResponse(responseCode = "200", description = "Already started by an earlier request with this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "No such route, or not in one of the caller's communities")
    ResponseEntity<RoundView> start(Caller caller, @Valid @RequestBody StartRoundBody body,
                                    @Parameter(description = "Client-chosen key that makes retries safe")
                                    @RequestHeader(name = "Idempotency-Key", required = false)
                                    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey) {
        Rounds.Started started = rounds.start(caller, body.routeId(), body.windowStart(), body.assigneeIds(),
                body.supervisorId(), idempotencyKey);
        return withETag(started.created() ? ResponseEntity.created(URI.create("/api/v1/rounds/" + started.round().id()))
                : ResponseEntity.ok(), started.round());
    }

    @GetMapping("/api/v1/rounds")
    @RoundReaders
    @Operation(operationId = "roundBoard", summary = "The live round board: a community's rounds of a day",
            description = "Each round with where it stands now (upcoming, in progress, completed; late when a point "
                    + "was missed or checked late) and each point's state: upcoming, due, checked early, on time or "
                    + "late, or missed.")
    @ApiResponse(responseCode = "200", description = "The rounds, by window start")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    List<RoundView> board(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                          @Parameter(example = "2026-12-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return rounds.board(caller, communityId, date).stream().map(round -> RoundView.of(round, rounds.now())).toList();
    }

    @GetMapping("/api/v1/me/rounds")
    @Inspectors
    @Operation(operationId = "myRounds", summary = "The caller's rounds of a day (today by default): those they walk "
            + "or supervise")
    @ApiResponse(responseCode = "200", description = "The rounds, by window start")
    @ApiResponse(responseCode = "400", description = "The date is malformed")
    List<RoundView> mine(Caller caller, @Parameter(example = "2026-12-01", description = "The day; today when absent")
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return rounds.mine(caller, date).stream().map(round -> RoundView.of(round, rounds.now())).toList();
    }

    @GetMapping("/api/v1/rounds/{roundId}")
    @RoundReaders
    @Operation(operationId = "getRound", summary = "One round, point by point")
    @ApiResponse(responseCode = "200", description = "The round; the ETag is its version")
    @ApiResponse(responseCode = "400", description = "The id is malformed")
    @ApiResponse(responseCode = "404", description = "No such round, or not in one of the caller's communities")
    ResponseEntity<RoundView> get(Caller caller, @PathVariable @Size(max = 120) String roundId) {
        return withETag(ResponseEntity.ok(), rounds.get(caller, roundId));
    }

    record CheckInView(RoundView round, PointView point,
                       @Schema(example = "[\"round:7b0c6d3e:2026-12-01:point-pump-2:outlet-pressure\"]",
                               description = "The findings its abnormal answers reported") List<String> findingIds) {
    }

    @PostMapping("/api/v1/rounds/{roundId}/points/{pointId}/check-in")
    @Inspectors
    @Operation(operationId = "checkInRoundPoint", summary = "Check a point of a round",
            description = "The tag scanned must be the point's. The position, when the point has one, is compared "
                    + "with its radius: outside it (or absent) the check-in is recorded and flagged OUT_OF_RANGE (or "
                    + "NO_POSITION), not refused, as GPS is unreliable indoors and a reading must not be lost. The "
                    + "point is recorded EARLY, ON_TIME or LATE by its window. Each abnormal answer (a FAIL, a number "
                    + "outside its limits, an abnormal choice) reports a finding at once, which ticket-service makes a "
                    + "work order of. The round is over when its last point is checked. The round's assignees (anyone "
                    + "when it names none), its supervisor, and supervisors, property managers and administrators may "
                    + "check in.")
    @ApiResponse(responseCode = "200", description = "Checked; the round, the point and the findings reported")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "403", description = "The round is assigned to others")
    @ApiResponse(responseCode = "404", description = "No such round or point, or not in one of the caller's communities")
    @ApiResponse(responseCode = "409", description = "The point is checked already (point-checked), or the round is "
            + "over (round-closed)")
    @ApiResponse(responseCode = "422", description = "The tag is not the point's (tag-mismatch), or an item is not "
            + "answered or an answer does not fit it (invalid-answer)")
    CheckInView checkIn(Caller caller, @PathVariable @Size(max = 120) String roundId,
                        @PathVariable @Size(max = 40) String pointId, @Valid @RequestBody CheckInBody body) {
        Rounds.CheckedIn checkedIn = rounds.checkIn(caller, roundId, pointId, body.toProof());
        return new CheckInView(RoundView.of(checkedIn.round(), rounds.now()), PointView.of(checkedIn.point(), rounds.now()),
                checkedIn.findings().stream().map(Finding::id).toList());
    }
}
