package io.propertyops.ticket.sla.domain;

import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.propertyops.ticket.sla.domain.Calendars.shanghai;
import static io.propertyops.ticket.sla.domain.DeadlineKind.ARRIVAL;
import static io.propertyops.ticket.sla.domain.DeadlineKind.REPLY;
import static io.propertyops.ticket.sla.domain.DeadlineKind.RESOLUTION;
import static io.propertyops.ticket.sla.domain.DeadlineKind.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default policy on the 2026 Shanghai calendar; 2026-11-23 is a Monday. */
class SlaPolicyTest {

    final SlaPolicy policy = SlaDefaults.policy();
    final BusinessCalendar calendar = Calendars.shanghai2026();

    Deadlines repair(Urgency urgency, String category, String submittedAt) {
        return policy.deadlinesFor(WorkOrderKind.REPAIR, category, urgency, shanghai(submittedAt), calendar);
    }

    static Instant due(Deadlines deadlines, DeadlineKind kind) {
        return deadlines.due(kind).orElseThrow();
    }

    @Test
    void anEmergencyWaterLeakOnASaturdayNightIsCountedAroundTheClock() {
        Deadlines leak = repair(Urgency.EMERGENCY, "plumbing", "2026-11-28T02:00");

        assertThat(due(leak, RESPONSE)).isEqualTo(shanghai("2026-11-28T02:15"));
        assertThat(due(leak, ARRIVAL)).isEqualTo(shanghai("2026-11-28T02:30"));
        assertThat(due(leak, RESOLUTION)).isEqualTo(shanghai("2026-11-28T06:00"));
        assertThat(leak.due(REPLY)).isEmpty();
    }

    @Test
    void aCategoryWithoutARuleOfItsOwnTakesItsUrgencysDefault() {
        Deadlines lockedOut = repair(Urgency.EMERGENCY, "doors-locks", "2026-11-23T22:00");

        assertThat(due(lockedOut, ARRIVAL)).isEqualTo(shanghai("2026-11-23T23:00"));
        assertThat(due(lockedOut, RESOLUTION)).isEqualTo(shanghai("2026-11-24T06:00"));
        assertThat(repair(Urgency.EMERGENCY, null, "2026-11-23T22:00")).isEqualTo(lockedOut);
    }

    @Test
    void aNormalRepairOnFridayAfternoonRunsOnWorkingTimeOverTheWeekend() {
        Deadlines drain = repair(Urgency.NORMAL, "plumbing", "2026-11-27T16:00");

        assertThat(due(drain, RESPONSE)).isEqualTo(shanghai("2026-11-30T09:00"));
        assertThat(due(drain, ARRIVAL)).isEqualTo(shanghai("2026-11-30T17:30"));
        assertThat(due(drain, RESOLUTION)).isEqualTo(shanghai("2026-12-02T16:00"));
    }

    @Test
    void anUrgentRepairLateInTheDayContinuesNextMorning() {
        Deadlines trippedBreaker = repair(Urgency.URGENT, "electrical", "2026-11-23T17:00");

        assertThat(due(trippedBreaker, RESPONSE)).isEqualTo(shanghai("2026-11-23T17:30"));
        assertThat(due(trippedBreaker, ARRIVAL)).isEqualTo(shanghai("2026-11-24T10:00"));
        assertThat(due(trippedBreaker, RESOLUTION)).isEqualTo(shanghai("2026-11-24T17:00"));
    }

    @Test
    void aNormalRepairBeforeTheNationalDayHolidayWaitsUntilAfterIt() {
        Deadlines beforeHoliday = repair(Urgency.NORMAL, "hvac", "2026-09-30T16:30");

        assertThat(due(beforeHoliday, RESPONSE)).isEqualTo(shanghai("2026-10-08T09:30"));
        assertThat(due(beforeHoliday, ARRIVAL)).isEqualTo(shanghai("2026-10-08T17:30"));
    }

    @Test
    void aLowPriorityRequestHasNoArrivalDeadline() {
        Deadlines squeakyDoor = repair(Urgency.LOW, "doors-locks", "2026-11-23T10:00");

        assertThat(due(squeakyDoor, RESPONSE)).isEqualTo(shanghai("2026-11-24T10:00"));
        assertThat(squeakyDoor.due(ARRIVAL)).isEmpty();
        assertThat(due(squeakyDoor, RESOLUTION)).isEqualTo(shanghai("2026-12-02T10:00"));
    }

    @Test
    void aComplaintGetsAReplyDeadlineInsteadOfArrivalAndResolution() {
        Deadlines noise = policy.deadlinesFor(WorkOrderKind.COMPLAINT, "noise", Urgency.NORMAL,
                shanghai("2026-11-23T10:00"), calendar);

        assertThat(due(noise, RESPONSE)).isEqualTo(shanghai("2026-11-23T12:00"));
        assertThat(due(noise, REPLY)).isEqualTo(shanghai("2026-11-24T10:00"));
        assertThat(noise.due(ARRIVAL)).isEmpty();
        assertThat(noise.due(RESOLUTION)).isEmpty();
    }

    @Test
    void timeOnHoldMovesWorkingTimeDeadlinesByTheWorkingTimePaused() {
        Deadlines leak = repair(Urgency.NORMAL, "plumbing", "2026-11-23T10:00").met(RESPONSE, shanghai("2026-11-23T11:00"));

        Deadlines resumed = leak.afterPause(shanghai("2026-11-23T15:00"), shanghai("2026-11-24T09:30"), calendar);

        assertThat(resumed.get(RESPONSE)).isEqualTo(leak.get(RESPONSE));
        assertThat(due(leak, ARRIVAL)).isEqualTo(shanghai("2026-11-24T17:30"));
        assertThat(due(resumed, ARRIVAL)).isEqualTo(shanghai("2026-11-25T12:00"));
        assertThat(due(leak, RESOLUTION)).isEqualTo(shanghai("2026-11-26T10:00"));
        assertThat(due(resumed, RESOLUTION)).isEqualTo(shanghai("2026-11-26T13:30"));
    }

    @Test
    void timeOnHoldMovesEmergencyDeadlinesByTheElapsedTimePaused() {
        Deadlines burst = repair(Urgency.EMERGENCY, "plumbing", "2026-11-23T10:00").met(RESPONSE, shanghai("2026-11-23T10:10"));

        Deadlines resumed = burst.afterPause(shanghai("2026-11-23T10:20"), shanghai("2026-11-23T10:50"), calendar);

        assertThat(due(resumed, ARRIVAL)).isEqualTo(shanghai("2026-11-23T11:00"));
        assertThat(due(resumed, RESOLUTION)).isEqualTo(shanghai("2026-11-23T14:30"));
    }

    @Test
    void puttingAnOverdueTicketOnHoldDoesNotExcuseTheBreach() {
        Deadlines burst = repair(Urgency.EMERGENCY, "plumbing", "2026-11-23T10:00").met(RESPONSE, shanghai("2026-11-23T10:10"));

        Deadlines resumed = burst.afterPause(shanghai("2026-11-23T10:40"), shanghai("2026-11-23T11:40"), calendar);

        assertThat(due(resumed, ARRIVAL)).isEqualTo(shanghai("2026-11-23T10:30"));
        assertThat(resumed.get(ARRIVAL).orElseThrow().isOverdueAt(shanghai("2026-11-23T11:40"))).isTrue();
        assertThat(due(resumed, RESOLUTION)).isEqualTo(shanghai("2026-11-23T15:00"));
    }

    @Test
    void raisingTheUrgencyRecomputesFromSubmissionAndKeepsWhatWasMet() {
        Instant submitted = shanghai("2026-11-23T10:00");
        Deadlines low = repair(Urgency.LOW, "plumbing", "2026-11-23T10:00").met(RESPONSE, shanghai("2026-11-23T11:00"));

        Deadlines urgent = policy.afterUrgencyChange(low, WorkOrderKind.REPAIR, "plumbing", Urgency.URGENT, submitted, calendar);

        assertThat(urgent.get(RESPONSE)).isEqualTo(low.get(RESPONSE));
        assertThat(due(urgent, ARRIVAL)).isEqualTo(shanghai("2026-11-23T12:00"));
        assertThat(due(urgent, RESOLUTION)).isEqualTo(shanghai("2026-11-24T10:00"));
    }

    @Test
    void anUrgencyChangeStillDiscountsEarlierTimeOnHold() {
        Instant submitted = shanghai("2026-11-23T10:00");
        Deadlines low = repair(Urgency.LOW, "plumbing", "2026-11-23T10:00")
                .afterPause(submitted, shanghai("2026-11-24T10:00"), calendar);

        Deadlines urgent = policy.afterUrgencyChange(low, WorkOrderKind.REPAIR, "plumbing", Urgency.URGENT, submitted, calendar);

        assertThat(due(urgent, RESPONSE)).isEqualTo(shanghai("2026-11-24T10:30"));
        assertThat(due(urgent, ARRIVAL)).isEqualTo(shanghai("2026-11-24T12:00"));
        assertThat(due(urgent, RESOLUTION)).isEqualTo(shanghai("2026-11-25T10:00"));
        assertThat(urgent.pauses()).isEqualTo(low.pauses());
    }

    @Test
    void aDeadlineIsMetOnceAndTheNextDueIsTheEarliestStillOpen() {
        Deadlines leak = repair(Urgency.NORMAL, "plumbing", "2026-11-23T10:00");
        assertThat(leak.nextDue()).contains(shanghai("2026-11-23T12:00"));

        Deadlines accepted = leak.met(RESPONSE, shanghai("2026-11-23T11:00")).met(RESPONSE, shanghai("2026-11-23T11:30"));

        assertThat(accepted.get(RESPONSE).orElseThrow().metAt()).isEqualTo(shanghai("2026-11-23T11:00"));
        assertThat(accepted.nextDue()).contains(shanghai("2026-11-24T17:30"));
        assertThat(accepted.met(REPLY, shanghai("2026-11-23T11:00"))).isEqualTo(accepted);
    }

    @Test
    void everyUrgencyNeedsADefaultRule() {
        List<SlaRule> withoutLowDefault = new ArrayList<>(policy.rules());
        withoutLowDefault.removeIf(rule -> rule.urgency() == Urgency.LOW);

        assertThatThrownBy(() -> new SlaPolicy(withoutLowDefault))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("missing-default-rule"));
    }

    @Test
    void twoRulesForTheSameUrgencyAndCategoryAreRefused() {
        List<SlaRule> twice = new ArrayList<>(policy.rules());
        twice.add(policy.ruleFor(Urgency.EMERGENCY, "plumbing"));

        assertThatThrownBy(() -> new SlaPolicy(twice))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("duplicate-rule"));
    }

    @Test
    void allowancesNeedAPositiveDurationExceptTheNextWorkingDayRule() {
        assertThatThrownBy(() -> Allowance.workingTime(Duration.ZERO)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Allowance.elapsed(Duration.ofDays(91))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Allowance(Counting.END_OF_NEXT_WORKING_DAY, Duration.ofHours(1)))
                .isInstanceOf(RuleViolationException.class);
    }
}
