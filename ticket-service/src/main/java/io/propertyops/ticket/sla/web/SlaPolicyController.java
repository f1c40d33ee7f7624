package io.propertyops.ticket.sla.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.sla.application.SlaPolicies;
import io.propertyops.ticket.sla.domain.Allowance;
import io.propertyops.ticket.sla.domain.BusinessCalendar;
import io.propertyops.ticket.sla.domain.CommunitySla;
import io.propertyops.ticket.sla.domain.Counting;
import io.propertyops.ticket.sla.domain.SlaPolicy;
import io.propertyops.ticket.sla.domain.SlaRule;
import io.propertyops.ticket.sla.domain.WorkingHours;
import io.propertyops.ticket.shared.domain.Urgency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

@RestController
@Validated
@Tag(name = "SLA policies", description = "Each community's response, arrival, resolution and reply deadlines by "
        + "urgency and category, and the business calendar they count working time in (分级响应时限)")
class SlaPolicyController {

    private final SlaPolicies policies;
    private final Validator validator;

    SlaPolicyController(SlaPolicies policies, Validator validator) {
        this.policies = policies;
        this.validator = validator;
    }

    @Schema(description = "The time allowed: ELAPSED counts around the clock, WORKING_TIME only the calendar's working "
            + "hours, END_OF_NEXT_WORKING_DAY runs to the close of the next working day and takes no duration")
    record AllowanceBody(@NotNull Counting counting,
                         @Schema(description = "ISO-8601 duration, at most 90 days", example = "PT2H") Duration within) {

        static AllowanceBody of(Allowance allowance) {
            return allowance == null ? null : new AllowanceBody(allowance.counting(), allowance.within());
        }

        Allowance toDomain() {
            return new Allowance(counting, within);
        }
    }

    record HoursBody(@Schema(type = "string", example = "08:30") @JsonFormat(pattern = "HH:mm") @NotNull LocalTime opens,
                     @Schema(type = "string", example = "17:30") @JsonFormat(pattern = "HH:mm") @NotNull LocalTime closes) {

        static HoursBody of(WorkingHours hours) {
            return new HoursBody(hours.opens(), hours.closes());
        }
    }

    @Schema(description = "When working time counts: hours per weekday (a day left out is not worked), public holidays, "
            + "and make-up working days (调休) with their hours")
    record CalendarBody(@Schema(example = "Asia/Shanghai") @NotBlank @Size(max = 64) String zone,
                        @Schema(example = "{\"MONDAY\": {\"opens\": \"08:30\", \"closes\": \"17:30\"}, "
                                + "\"SATURDAY\": {\"opens\": \"09:00\", \"closes\": \"12:00\"}}")
                        @NotNull Map<DayOfWeek, @NotNull @Valid HoursBody> weeklyHours,
                        @Schema(example = "[\"2026-10-01\", \"2026-10-02\"]") @NotNull @Size(max = 1000) List<@NotNull LocalDate> holidays,
                        @Schema(example = "[\"2026-10-10\"]") @NotNull @Size(max = 200) List<@NotNull LocalDate> makeUpDays,
                        @NotNull @Valid HoursBody makeUpDayHours) {

        static CalendarBody of(BusinessCalendar calendar) {
            Map<DayOfWeek, HoursBody> week = new EnumMap<>(DayOfWeek.class);
            calendar.weeklyHours().forEach((day, hours) -> week.put(day, HoursBody.of(hours)));
            return new CalendarBody(calendar.zone().getId(), week, List.copyOf(calendar.holidays()),
                    List.copyOf(calendar.makeUpDays()), HoursBody.of(calendar.makeUpDayHours()));
        }
    }

    @Schema(description = "The allowances for an urgency in a category, or without a category the urgency's default. "
            + "Repairs get response, arrival and resolution deadlines; complaints, suggestions and inquiries response and reply")
    record RuleBody(@NotNull Urgency urgency,
                    @Schema(example = "plumbing") @Size(max = 40) String category,
                    @NotNull @Valid AllowanceBody response,
                    @Valid AllowanceBody arrival,
                    @Valid AllowanceBody resolution,
                    @Valid AllowanceBody reply) {

        static RuleBody of(SlaRule rule) {
            return new RuleBody(rule.urgency(), rule.category(), AllowanceBody.of(rule.response()),
                    AllowanceBody.of(rule.arrival()), AllowanceBody.of(rule.resolution()), AllowanceBody.of(rule.reply()));
        }
    }

    @Schema(description = "A community's whole SLA policy and business calendar; every urgency needs a default rule")
    record SlaPolicyBody(@NotNull @Valid CalendarBody calendar,
                         @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid RuleBody> rules) {
    }

    record SlaPolicyView(@Schema(example = "community-cuihu") String communityId,
                         @Schema(description = "true while the community's staff have set nothing and the platform defaults apply",
                                 example = "false") boolean usingDefaults,
                         @Schema(description = "Absent while the defaults apply", example = "3") Long version,
                         Instant updatedAt,
                         @Schema(example = "pm-0003") String updatedBy,
                         CalendarBody calendar, List<RuleBody> rules) {

        static SlaPolicyView of(CommunitySla sla) {
            return new SlaPolicyView(sla.communityId(), sla.isDefault(), sla.version(), sla.updatedAt(), sla.updatedBy(),
                    CalendarBody.of(sla.calendar()), sla.policy().rules().stream().map(RuleBody::of).toList());
        }
    }

    @GetMapping("/api/v1/sla-policies/{communityId}")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getSlaPolicy", summary = "A community's SLA policy and business calendar",
            description = "What the community's work orders are measured against: its own settings, or the platform "
                    + "defaults (usingDefaults) while its staff have set none. The ETag is the version to send as If-Match.")
    @ApiResponse(responseCode = "200", description = "The policy and calendar in force")
    @ApiResponse(responseCode = "400", description = "The communityId is malformed")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    ResponseEntity<SlaPolicyView> get(Caller caller, @PathVariable @Size(max = 64) String communityId) {
        return view(policies.get(caller, communityId));
    }

    @PutMapping("/api/v1/sla-policies/{communityId}")
    @Allowed(roles = {Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "replaceSlaPolicy", summary = "Set a community's SLA policy and business calendar",
            description = "Replaces the whole policy and calendar; work orders submitted afterwards get deadlines from "
                    + "it. With If-Match, the change applies only to the version the caller read.")
    @ApiResponse(responseCode = "200", description = "Stored")
    @ApiResponse(responseCode = "400", description = "Malformed JSON, durations, times or dates, or missing fields")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    @ApiResponse(responseCode = "409", description = "The policy changed since the version in If-Match")
    @ApiResponse(responseCode = "422", description = "A rule the domain refuses: hours closing before they open, a "
            + "duration of zero or over 90 days, an urgency without a default rule, two rules for the same urgency and "
            + "category, an unknown time zone, a date both holiday and make-up day")
    ResponseEntity<SlaPolicyView> replace(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                          @RequestBody SlaPolicyBody body,
                                          @Parameter(description = "The ETag of the version being changed")
                                          @RequestHeader(name = "If-Match", required = false)
                                          @Pattern(regexp = "(W/)?\"?[0-9]{1,18}\"?") String ifMatch) {
        // Validated only once the community is known to be the caller's: others learn nothing from the problems.
        caller.requireCommunity(communityId);
        Set<ConstraintViolation<SlaPolicyBody>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Long expectedVersion = ifMatch == null ? null : Long.valueOf(ifMatch.replaceAll("[^0-9]", ""));
        return view(policies.replace(caller, communityId, policy(body.rules()), calendar(body.calendar()), expectedVersion));
    }

    private static ResponseEntity<SlaPolicyView> view(CommunitySla sla) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (!sla.isDefault()) {
            ok.eTag(Long.toString(sla.version()));
        }
        return ok.body(SlaPolicyView.of(sla));
    }

    private static SlaPolicy policy(List<RuleBody> rules) {
        List<SlaRule> domain = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleBody rule = rules.get(i);
            domain.add(at("rules[" + i + "]", () -> new SlaRule(rule.urgency(), rule.category(),
                    at("response", rule.response()::toDomain), allowance("arrival", rule.arrival()),
                    allowance("resolution", rule.resolution()), allowance("reply", rule.reply()))));
        }
        return new SlaPolicy(domain);
    }

    private static Allowance allowance(String field, AllowanceBody body) {
        return body == null ? null : at(field, body::toDomain);
    }

    private static BusinessCalendar calendar(CalendarBody body) {
        return at("calendar", () -> {
            ZoneId zone;
            try {
                zone = ZoneId.of(body.zone());
            } catch (DateTimeException e) {
                throw new RuleViolationException("invalid-zone", "zone", "Unknown time zone '" + body.zone() + "'");
            }
            Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
            body.weeklyHours().forEach((day, hours) -> week.put(day, at("weeklyHours." + day, () -> hours(hours))));
            return new BusinessCalendar(zone, week, new HashSet<>(body.holidays()), new HashSet<>(body.makeUpDays()),
                    at("makeUpDayHours", () -> hours(body.makeUpDayHours())));
        });
    }

    private static WorkingHours hours(HoursBody body) {
        return new WorkingHours(body.opens(), body.closes());
    }

    /** Builds part of the request, naming where in it a refused value was. */
    private static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.code(), e.field() == null ? path : path + "." + e.field(), e.getMessage());
        }
    }
}
