package io.propertyops.facility.plan.web;

import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.plan.application.ChecklistInput;
import io.propertyops.facility.plan.application.Plans;
import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.propertyops.facility.plan.domain.MeterTrigger;
import io.propertyops.facility.plan.domain.Occurrence;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.facility.plan.domain.Progress;
import io.propertyops.facility.plan.domain.Schedule;
import io.propertyops.facility.plan.domain.Target;
import io.propertyops.facility.plan.domain.Window;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The request and response bodies of plans. */
final class PlanBodies {

    private PlanBodies() {
    }

    record LocationBody(@NotNull LocationKind kind,
                        @Schema(example = "area-pump-room-3") @NotBlank @Size(max = 64) String id) {
        Location toDomain() {
            return Location.of(kind, id);
        }
    }

    record TargetBody(@Schema(example = "equipment-pump-2", description = "The equipment maintained; absent for a place")
                      @Size(max = 64) String equipmentId,
                      @Schema(description = "Where; absent only for an inspection plan") @Valid LocationBody location,
                      @Schema(example = "3号楼 水泵房") @Size(max = 100) String locationName,
                      @Schema(example = "route-plant-3", description = "INSPECTION: the route its rounds walk")
                      @Size(max = 64) String routeId) {
        Target toDomain() {
            return new Target(equipmentId, location == null ? null : location.toDomain(), locationName, routeId);
        }
    }

    record ScheduleBody(@NotNull Schedule.Frequency frequency,
                        @Schema(description = "WEEKLY: the days it falls on") @Size(max = 7) Set<DayOfWeek> daysOfWeek,
                        @Schema(example = "1", description = "MONTHLY and YEARLY: the day of the month, clamped to "
                                + "the month's length (31 falls on 30 April and 28 or 29 February)")
                        @Min(1) @Max(31) Integer dayOfMonth,
                        @Schema(example = "3", description = "YEARLY: the month") @Min(1) @Max(12) Integer month,
                        @Schema(example = "3", description = "EVERY_N: the number of units between occurrences")
                        @Min(1) @Max(366) Integer every,
                        Schedule.IntervalUnit unit,
                        @Schema(description = "FIXED (default): from the planned dates; FLOATING: one interval after "
                                + "the last completion") Schedule.Anchoring anchoring) {
        Schedule toDomain() {
            return new Schedule(frequency, daysOfWeek, dayOfMonth, month, every, unit, anchoring);
        }
    }

    record WindowBody(@Schema(example = "08:00", description = "When the window opens, the community's local time",
                              type = "string", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$") @NotNull LocalTime start,
                      @Schema(example = "PT4H", description = "How long it stays open (ISO 8601), at most 31 days",
                              type = "string") @NotNull Duration duration) {
        Window toDomain() {
            return new Window(start, duration);
        }
    }

    record MeterTriggerBody(@Schema(example = "meter-pump-2-hours") @NotBlank @Size(max = 64) String meterId,
                            @Schema(example = "2000") @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal threshold,
                            @Schema(example = "h") @Size(max = 16) String unit) {
        MeterTrigger toDomain() {
            return new MeterTrigger(meterId, threshold, unit);
        }
    }

    record PlanBody(@Schema(example = "community-lakeside") @NotBlank @Size(max = 64) String communityId,
                    @Schema(example = "2号生活水泵季度保养") @NotBlank @Size(max = 100) String name,
                    @NotNull PlanKind kind,
                    @NotNull @Valid TargetBody target,
                    @Schema(example = "plumbing", description = "The trade that does it (the work order's category)")
                    @NotBlank @Size(max = 40) String category,
                    @NotNull @Valid ScheduleBody schedule,
                    @NotNull @Valid WindowBody window,
                    @Schema(example = "P3D", type = "string", description = "How long before the window opens the task is "
                            + "generated (ISO 8601), at most 92 days; none by default") Duration leadTime,
                    @Schema(example = "[\"person-tech-wang\"]", description = "Who does it, the preferred one first")
                    @Size(max = 20) List<@NotBlank @Size(max = 64) String> assigneeIds,
                    @Schema(example = "person-sup-li", description = "Alerted when an inspection point is missed; scores checks")
                    @Size(max = 64) String supervisorId,
                    @Schema(description = "MAINTENANCE, CLEANING, GREENING: the items to do and record (an inspection "
                            + "plan's checklists are its route's points')")
                    @Size(max = 60) List<ChecklistInput.@Valid @NotNull ItemInput> checklist,
                    @Schema(description = "MAINTENANCE: also due by use, whichever comes first") @Valid MeterTriggerBody meterTrigger,
                    @Schema(example = "2026-12-01") @NotNull LocalDate effectiveFrom,
                    @Schema(example = "2027-11-30", description = "The last day an occurrence may fall on; absent for no end")
                    LocalDate effectiveTo) {
        Plans.Definition toDefinition() {
            return new Plans.Definition(communityId, name, kind, target.toDomain(), category, schedule.toDomain(),
                    window.toDomain(), leadTime, assigneeIds, supervisorId, ChecklistInput.checklist(checklist),
                    meterTrigger == null ? null : meterTrigger.toDomain(), effectiveFrom, effectiveTo);
        }
    }

    record WindowView(@Schema(example = "08:00", type = "string") LocalTime start,
                      @Schema(example = "PT4H", type = "string") Duration duration) {
    }

    record PlanView(@Schema(example = "7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f") String id,
                    @Schema(example = "community-lakeside") String communityId,
                    @Schema(example = "2号生活水泵季度保养") String name,
                    PlanKind kind, Target target,
                    @Schema(example = "plumbing") String category,
                    Schedule schedule, WindowView window,
                    @Schema(example = "P3D", type = "string") Duration leadTime,
                    List<String> assigneeIds,
                    @Schema(example = "person-sup-li") String supervisorId,
                    List<ChecklistItem> checklist, MeterTrigger meterTrigger,
                    @Schema(example = "true") boolean active,
                    @Schema(example = "2026-12-01") LocalDate effectiveFrom,
                    @Schema(example = "2027-11-30") LocalDate effectiveTo,
                    @Schema(example = "3", description = "The number the ETag carries, to send as If-Match") long version,
                    Progress progress,
                    @Schema(description = "When the generator next has something to do for it; absent when paused, "
                            + "past its end, or (FLOATING) waiting for its open task") Instant nextGenerateAt) {
        static PlanView of(Plan plan, ZoneId zone) {
            return new PlanView(plan.id(), plan.communityId(), plan.name(), plan.kind(), plan.target(), plan.category(),
                    plan.schedule(), new WindowView(plan.window().start(), plan.window().duration()), plan.leadTime(),
                    plan.assigneeIds(), plan.supervisorId(), plan.checklist().items(), plan.meterTrigger(),
                    plan.active(), plan.effectiveFrom(), plan.effectiveTo(), plan.version(), plan.progress(),
                    plan.nextGenerateAt(zone).orElse(null));
        }
    }

    record TaskView(@Schema(example = "7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f:2026-12-01") String id,
                    @Schema(example = "7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f") String planId,
                    @Schema(example = "community-lakeside") String communityId,
                    @Schema(example = "2号生活水泵季度保养") String planName,
                    PlanKind kind,
                    @Schema(example = "2026-12-01") LocalDate occurrence,
                    Occurrence.Trigger trigger, Instant windowStart, Instant windowEnd, Target target,
                    @Schema(example = "plumbing") String category,
                    List<String> assigneeIds,
                    @Schema(example = "person-sup-li") String supervisorId,
                    List<ChecklistItem> checklist, PlanTask.Status status, Instant generatedAt,
                    @Schema(example = "wo-6f1e2d3c") String workOrderId,
                    @Schema(example = "WO-20261201-0042") String workOrderNumber,
                    Instant completedAt,
                    @Schema(example = "person-sup-li") String completedBy,
                    List<Answer> answers,
                    @Schema(example = "90", description = "A check's or a round's score, 0–100") Integer score) {
        static TaskView of(PlanTask task) {
            return new TaskView(task.id(), task.planId(), task.communityId(), task.planName(), task.kind(),
                    task.occurrence(), task.trigger(), task.windowStart(), task.windowEnd(), task.target(),
                    task.category(), task.assigneeIds(), task.supervisorId(), task.checklist().items(), task.status(),
                    task.generatedAt(), task.workOrderId(), task.workOrderNumber(), task.completedAt(),
                    task.completedBy(), task.answers(), task.score());
        }
    }

    record CalendarEntryView(@Schema(example = "7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f") String planId,
                             @Schema(example = "2号生活水泵季度保养") String planName,
                             PlanKind kind,
                             @Schema(example = "2026-12-01") LocalDate date,
                             Instant windowStart, Instant windowEnd, Instant generateAt,
                             @Schema(example = "true", description = "Whether its task exists") boolean generated,
                             @Schema(example = "7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f:2026-12-01",
                                     description = "Its task's id, absent before it is generated") String taskId,
                             @Schema(description = "Its task's status, absent before it is generated") PlanTask.Status status,
                             Occurrence.Trigger trigger,
                             @Schema(example = "WO-20261201-0042") String workOrderNumber,
                             @Schema(example = "90") Integer score) {
        static CalendarEntryView of(Plans.CalendarEntry entry) {
            PlanTask task = entry.task();
            return new CalendarEntryView(entry.plan().id(), entry.plan().name(), entry.plan().kind(), entry.date(),
                    entry.windowStart(), entry.windowEnd(), entry.generateAt(), task != null,
                    task == null ? null : task.id(), task == null ? null : task.status(),
                    task == null ? Occurrence.Trigger.CALENDAR : task.trigger(),
                    task == null ? null : task.workOrderNumber(), task == null ? null : task.score());
        }
    }

}
