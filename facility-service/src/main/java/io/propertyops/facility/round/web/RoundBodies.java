package io.propertyops.facility.round.web;

import io.propertyops.facility.plan.application.ChecklistInput;
import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.propertyops.facility.round.application.Routes;
import io.propertyops.facility.round.domain.GeoPosition;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.Round;
import io.propertyops.facility.round.domain.RoundPoint;
import io.propertyops.facility.round.domain.RoutePoint;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The request and response bodies of inspection routes and rounds. */
final class RoundBodies {

    private RoundBodies() {
    }

    /** Where a point is; its own example, as it sits deep in a route. */
    @Schema(name = "PointLocation", example = "{\"kind\": \"COMMON_AREA\", \"id\": \"area-pump-room-3\"}")
    record LocationBody(@NotNull LocationKind kind,
                        @Schema(example = "area-pump-room-3") @NotBlank @Size(max = 64) String id) {
    }

    record PositionBody(@Schema(example = "30.2741") @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
                        @Schema(example = "120.1551") @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
        GeoPosition toDomain() {
            return new GeoPosition(latitude, longitude);
        }
    }

    record PointBody(@Schema(example = "point-pump-2") @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String id,
                     @Schema(example = "2号生活水泵") @NotBlank @Size(max = 100) String name,
                     @NotNull @Valid LocationBody location,
                     @Schema(example = "3号楼 水泵房") @Size(max = 100) String locationName,
                     @Schema(example = "equipment-pump-2", description = "The equipment checked; absent for a place")
                     @Size(max = 64) String equipmentId,
                     @Schema(example = "QR-8F3A-PUMP2", description = "What its QR code or NFC chip reads; unique in the route")
                     @NotBlank @Size(max = 200) String tag,
                     @Schema(description = "Where it is on the map; absent where GPS is not used (indoors, underground)")
                     @Valid PositionBody position,
                     @Schema(example = "30", description = "How far from the position a check-in counts as there")
                     @Min(1) @Max(10_000) Integer radiusMetres,
                     @Schema(example = "PT30M", type = "string", description = "When its window opens, from the round's "
                             + "start (ISO 8601); give one for every point or for none (then the window is split evenly)")
                     Duration offset,
                     @Schema(description = "What to check there; every item that can be abnormal names its fault type")
                     @Size(max = 60) List<ChecklistInput.@Valid @NotNull ItemInput> checklist) {
        RoutePoint toDomain() {
            return new RoutePoint(id, name, Location.of(location.kind(), location.id()), locationName, equipmentId, tag,
                    position == null ? null : position.toDomain(), radiusMetres, offset,
                    ChecklistInput.checklist(checklist));
        }
    }

    record RouteBody(@Schema(example = "community-lakeside") @NotBlank @Size(max = 64) String communityId,
                     @Schema(example = "3号楼 设备房日检") @NotBlank @Size(max = 100) String name,
                     @Schema(example = "plumbing", description = "The trade that fixes what its rounds find, unless an "
                             + "item names its own") @NotBlank @Size(max = 40) String category,
                     @Schema(example = "PT2H", type = "string", description = "How long a round started by hand has "
                             + "(ISO 8601), up to a day; a planned round has its plan's window") @NotNull Duration window,
                     @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull PointBody> points) {
        Routes.Definition toDefinition() {
            return new Routes.Definition(communityId, name, category, window,
                    points.stream().map(PointBody::toDomain).toList());
        }
    }

    /** A point of a route; its tag only for those who define routes (who print the labels). */
    record RoutePointView(String id, String name, Location location, String locationName, String equipmentId,
                          String tag, GeoPosition position, Integer radiusMetres,
                          @Schema(type = "string", example = "PT30M") Duration offset, List<ChecklistItem> checklist) {
        static RoutePointView of(RoutePoint point, boolean withTag) {
            return new RoutePointView(point.id(), point.name(), point.location(), point.locationName(),
                    point.equipmentId(), withTag ? point.tag() : null, point.position(), point.radiusMetres(),
                    point.offset(), point.checklist().items());
        }
    }

    record RouteView(@Schema(example = "route-plant-3") String id,
                     @Schema(example = "community-lakeside") String communityId,
                     @Schema(example = "3号楼 设备房日检") String name,
                     @Schema(example = "plumbing") String category,
                     @Schema(example = "PT2H", type = "string") Duration window,
                     List<RoutePointView> points,
                     @Schema(example = "2", description = "The number the ETag carries, to send as If-Match") long version) {
        static RouteView of(InspectionRoute route, boolean withTags) {
            return new RouteView(route.id(), route.communityId(), route.name(), route.category(), route.window(),
                    route.points().stream().map(point -> RoutePointView.of(point, withTags)).toList(), route.version());
        }
    }

    record StartRoundBody(@Schema(example = "route-plant-3") @NotBlank @Size(max = 64) String routeId,
                          @Schema(description = "When its window opens; now when absent") Instant windowStart,
                          @Schema(example = "[\"person-tech-wang\"]", description = "Who walks it; the caller when absent")
                          @Size(max = 20) List<@NotBlank @Size(max = 64) String> assigneeIds,
                          @Schema(example = "person-sup-li", description = "Who is alerted when a point is missed")
                          @Size(max = 64) String supervisorId) {
    }

    record CheckInBody(@Schema(example = "QR-8F3A-PUMP2", description = "What the point's QR code or NFC chip read")
                       @NotBlank @Size(max = 200) String tag,
                       @Schema(description = "Where the phone was; a point with a position flags a check-in outside its "
                               + "radius or without one") @Valid PositionBody position,
                       @Schema(example = "[\"photo-91f2\"]", description = "Photos of the point")
                       @Size(max = 9) List<@NotBlank @Size(max = 64) String> photoIds,
                       @NotNull @Size(max = 60) List<ChecklistInput.@Valid @NotNull AnswerInput> answers) {
        Round.Proof toProof() {
            return new Round.Proof(tag, position == null ? null : position.toDomain(), photoIds,
                    ChecklistInput.answers(answers));
        }
    }

    /** A point as the board shows it: where it stands now, and how its check-in went. */
    record PointView(String pointId, String name, Location location, String locationName, String equipmentId,
                     Instant windowStart, Instant windowEnd, RoundPoint.State state, RoundPoint.Outcome outcome,
                     Instant missedAt, Instant checkedAt, String checkedBy, RoundPoint.PositionFlag positionFlag,
                     Integer distanceMetres, int abnormalAnswers, List<Answer> answers, List<String> photoIds,
                     List<ChecklistItem> checklist) {
        static PointView of(RoundPoint point, Instant now) {
            return new PointView(point.pointId(), point.name(), point.location(), point.locationName(),
                    point.equipmentId(), point.windowStart(), point.windowEnd(), point.stateAt(now), point.outcome(),
                    point.missedAt(), point.checkedAt(), point.checkedBy(), point.positionFlag(), point.distanceMetres(),
                    point.abnormalAnswers(), point.answers(), point.photoIds(), point.checklist().items());
        }
    }

    /** Where a round stands at a moment. */
    enum RoundState { UPCOMING, IN_PROGRESS, COMPLETED }

    record RoundView(@Schema(example = "7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f:2026-12-01") String id,
                     @Schema(example = "community-lakeside") String communityId,
                     @Schema(example = "route-plant-3") String routeId,
                     @Schema(example = "3号楼 设备房日检") String routeName,
                     @Schema(example = "7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f", description = "Absent for a round started by hand")
                     String planId,
                     @Schema(example = "2026-12-01") LocalDate date,
                     Instant windowStart, Instant windowEnd,
                     @Schema(example = "person-sup-li") String supervisorId,
                     List<String> assigneeIds, Round.Status status, RoundState state, Instant completedAt,
                     @Schema(description = "How many points stand in each state now") Map<RoundPoint.State, Integer> points,
                     @Schema(example = "true", description = "Whether a point was missed or checked late") boolean late,
                     @Schema(example = "1") int abnormalAnswers,
                     @Schema(example = "75", description = "The share of points checked early or on time, in percent")
                     int score,
                     @Schema(example = "3", description = "The number the ETag carries") long version,
                     List<PointView> pointStates) {
        static RoundView of(Round round, Instant now) {
            Map<RoundPoint.State, Integer> counts = new EnumMap<>(RoundPoint.State.class);
            for (RoundPoint.State state : RoundPoint.State.values()) {
                counts.put(state, 0);
            }
            round.points().forEach(point -> counts.merge(point.stateAt(now), 1, Integer::sum));
            RoundState state = !round.isOpen() ? RoundState.COMPLETED
                    : now.isBefore(round.windowStart()) && round.points().stream().noneMatch(RoundPoint::checked)
                    ? RoundState.UPCOMING : RoundState.IN_PROGRESS;
            boolean late = round.points().stream().anyMatch(point -> point.missedAt() != null
                    || point.outcome() == RoundPoint.Outcome.LATE);
            return new RoundView(round.id(), round.communityId(), round.routeId(), round.routeName(), round.planId(),
                    round.date(), round.windowStart(), round.windowEnd(), round.supervisorId(), round.assigneeIds(),
                    round.status(), state, round.completedAt(), counts, late, round.abnormalAnswers(), round.score(),
                    round.version(), round.points().stream().map(point -> PointView.of(point, now)).toList());
        }
    }
}
