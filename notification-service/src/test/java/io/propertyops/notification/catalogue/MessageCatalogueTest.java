package io.propertyops.notification.catalogue;

import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.domain.MessageComposer;
import io.propertyops.notification.catalogue.domain.MessageRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.events.EventCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCatalogueTest {

    static MessageRule row(String event, String title, String body, List<String> to) {
        return new MessageRule(event, Map.of(), "TEST", null, to, null, title, body);
    }

    static MessageRule reminder(String event, String from, List<String> at, List<String> unless) {
        return new MessageRule(event, Map.of(), "TEST_REMINDER", null, List.of("REPORTER"), null, "t {number}", "b",
                null, new MessageRule.Remind(from, at, unless));
    }

    static final List<String> CONFIRMED = List.of("propertyops.ticket.confirmed.v1");

    @Test
    void theShippedCatalogueIsValidAndCoversTheWorkOrderLoop() {
        MessageCatalogue catalogue = new MessageCatalogue();

        assertThat(catalogue.rules()).extracting(MessageRule::event).contains(
                "propertyops.ticket.created.v1", "propertyops.ticket.dispatched.v1", "propertyops.ticket.resolved.v1",
                "propertyops.ticket.escalated.v1", "propertyops.ticket.urged.v1", "propertyops.ticket.reopened.v1");
        assertThat(catalogue.rules()).allSatisfy(rule -> assertThat(EventCatalog.classOf(rule.event())).isPresent());
    }

    @Test
    void aPlaceholderTheEventDoesNotHaveStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.resolved.v1",
                "完工：{number}", "师傅：{technicianName}", List.of("REPORTER")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("technicianName");
    }

    @Test
    void aPersonAudienceNamesAFieldOfTheEventThatHoldsOneIdOrMany() {
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.facility.maintenance-task-due.v1", "t",
                "b", List.of("PERSON:supervisorId"))))).hasMessageContaining("no field supervisorId");
        MessageRule toAssignees = row("propertyops.facility.maintenance-task-due.v1", "t", "b",
                List.of("PERSON:assigneeIds"));
        new MessageCatalogue(List.of(toAssignees));

        EventFields task = new EventFields(Map.of("communityId", "c1", "assigneeIds", List.of("tech-1", "tech-2", "")),
                ZoneId.of("Asia/Shanghai"));
        assertThat(MessageComposer.recipients(toAssignees, task, Map.of())).containsExactly("tech-1", "tech-2");
        assertThat(MessageComposer.recipients(row("propertyops.facility.finding-reported.v1", "t", "b",
                List.of("PERSON:reporterId")), new EventFields(Map.of("reporterId", "tech-9"),
                ZoneId.of("Asia/Shanghai")), Map.of())).containsExactly("tech-9");
    }

    @Test
    void residentsAreThoseOfTheEventsUnitOrElseToldApartAsAWholeCommunity() {
        MessageRule toResidents = row("propertyops.facility.meter-reading-missing.v1", "t", "b", List.of("RESIDENTS"));
        new MessageCatalogue(List.of(toResidents));
        Map<String, List<String>> units = Map.of("unit:u-601", List.of("owner-601", "tenant-601"),
                "unit:u-602", List.of("owner-602"));

        EventFields ofUnit = new EventFields(Map.of("communityId", "c1", "unitId", "u-601"), ZoneOffset.UTC);
        MessageComposer.Occasion unitOccasion = new MessageComposer.Occasion(toResidents, ofUnit);
        assertThat(MessageComposer.roleKeys(List.of(unitOccasion))).containsExactly("unit:u-601");
        assertThat(MessageComposer.recipients(toResidents, ofUnit, units)).containsExactly("owner-601", "tenant-601");
        assertThat(MessageComposer.toCommunityResidents(unitOccasion)).isFalse();

        EventFields ofCommunity = new EventFields(Map.of("communityId", "c1"), ZoneOffset.UTC);
        assertThat(MessageComposer.recipients(toResidents, ofCommunity, units)).as("told apart, in batches").isEmpty();
        assertThat(MessageComposer.toCommunityResidents(new MessageComposer.Occasion(toResidents, ofCommunity))).isTrue();
    }

    @Test
    void residentsAreNeverLeftOutNorWokenAndRemindedOnlyAsOneUnitsAlone() {
        String missing = "propertyops.facility.meter-reading-missing.v1";
        List<String> held = List.of("propertyops.facility.meter-reading-held.v1");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule(missing,
                Map.of(), "T", null, List.of("ROLE:SUPERVISOR"), List.of("RESIDENTS"), "t", "b"))))
                .hasMessageContaining("never left out");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule(missing,
                Map.of(), "T", "ESCALATION", List.of("RESIDENTS"), null, "t", "b"))))
                .hasMessageContaining("NORMAL priority");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule("propertyops.facility.meter-reading-window-opened.v1",
                Map.of(), "T", null, List.of("RESIDENTS"), null, "t", "b", null,
                new MessageRule.Remind(null, List.of("P1D"), held)))))
                .hasMessageContaining("never a whole community's");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule(missing,
                Map.of(), "T", null, List.of("RESIDENTS", "ROLE:SUPERVISOR"), null, "t", "b", null,
                new MessageRule.Remind(null, List.of("P1D"), held)))))
                .hasMessageContaining("tells them alone");
        new MessageCatalogue(List.of(new MessageRule(missing, Map.of(), "T", null, List.of("RESIDENTS"), null, "t", "b",
                null, new MessageRule.Remind(null, List.of("P1D"), held))));
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.security.person-updated.v1", "t", "b",
                List.of("RESIDENTS"))))).hasMessageContaining("needs an event with a communityId");
    }

    @Test
    void aWholeCommunityIsToldOnlyByAnEventTypeThatNeverNamesAUnitNotByAPersonsBill() {
        MessageCatalogue catalogue = new MessageCatalogue();
        EventFields personsBill = new EventFields(Map.of("communityId", "c1", "payer", "PERSON:p-1"), ZoneOffset.UTC);
        EventFields disclosure = new EventFields(Map.of("communityId", "c1", "period", "2026-11"), ZoneOffset.UTC);

        MessageRule billIssued = catalogue.ruleOfKind("BILL_ISSUED");
        assertThat(catalogue.tellsWholeCommunity(new MessageComposer.Occasion(billIssued, personsBill))).isFalse();
        assertThat(MessageComposer.recipients(billIssued, personsBill, Map.of())).isEmpty();
        assertThat(catalogue.tellsWholeCommunity(new MessageComposer.Occasion(
                catalogue.ruleOfKind("DISCLOSURE_PUBLISHED"), disclosure))).isTrue();
    }

    @Test
    void aRowToldOncePerValueIsOneOccasionWhicheverEventBringsIt() {
        MessageRule lateFee = new MessageCatalogue().ruleOfKind("LATE_FEE_POSTED");
        EventFields firstDay = new EventFields(Map.of("payer", "UNIT:u-601", "principalChargeId", "charge-1",
                "asOf", "2026-12-11"), ZoneOffset.UTC);
        EventFields nextDay = new EventFields(Map.of("payer", "UNIT:u-601", "principalChargeId", "charge-1",
                "asOf", "2026-12-12"), ZoneOffset.UTC);
        EventFields otherCharge = new EventFields(Map.of("payer", "UNIT:u-601", "principalChargeId", "charge-2"),
                ZoneOffset.UTC);

        assertThat(lateFee.occasionId("event-1", firstDay)).isEqualTo(lateFee.occasionId("event-2", nextDay))
                .isNotEqualTo(lateFee.occasionId("event-3", otherCharge));
        assertThat(row("propertyops.billing.late-fee-posted.v1", "t", "b", List.of("RESIDENTS"))
                .occasionId("event-1", firstDay)).isEqualTo("event-1");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule("propertyops.billing.late-fee-posted.v1",
                Map.of(), "T", null, List.of("RESIDENTS"), null, "t", "b", null, null, List.of("billId")))))
                .hasMessageContaining("no field billId (once)");
    }

    @Test
    void brokenRowsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.teleported.v1", "t", "b",
                List.of("REPORTER"))))).hasMessageContaining("no such event type");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.resolved.v1", "t", " ",
                List.of("REPORTER"))))).hasMessageContaining("title and a body");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.resolved.v1", "t", "b",
                List.of("NEIGHBOURS"))))).hasMessageContaining("unknown audience");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.resolved.v1", "t {number", "b",
                List.of("REPORTER"))))).hasMessageContaining("malformed placeholder");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule("propertyops.ticket.escalated.v1",
                Map.of("severity", 2), "T", null, List.of("ROLE:SUPERVISOR"), null, "t", "b"))))
                .hasMessageContaining("severity");
    }

    @Test
    void aResolvedWorkOrderSchedulesTheConfirmationReminderInsteadOfSendingIt() {
        MessageCatalogue catalogue = new MessageCatalogue();
        EventFields resolved = new EventFields(Map.of(),
                ZoneOffset.UTC);

        assertThat(catalogue.remindersFor("propertyops.ticket.resolved.v1", resolved)).singleElement()
                .satisfies(row -> {
                    assertThat(row.kind()).isEqualTo("WORK_ORDER_CONFIRMATION_REMINDER");
                    assertThat(row.remind().offsets()).containsExactly(Duration.ofDays(1),
                            Duration.ofDays(2));
                });
        assertThat(catalogue.rulesFor("propertyops.ticket.resolved.v1", resolved)).extracting(MessageRule::kind)
                .containsExactly("WORK_ORDER_RESOLVED");
        assertThat(catalogue.cancelsReminders("propertyops.ticket.reopened.v1")).isTrue();
        assertThat(catalogue.cancelsReminders("propertyops.ticket.started.v1")).isFalse();
        assertThat(catalogue.reminderTopics()).containsExactlyInAnyOrder("propertyops.ticket.v1",
                "propertyops.billing.v1");
    }

    @Test
    void aReminderMayFallDueBeforeAnInstantTheEventCarries() {
        MessageCatalogue catalogue = new MessageCatalogue(List.of(reminder("propertyops.ticket.due-soon.v1", "dueAt",
                List.of("-PT30M"), List.of("propertyops.ticket.started.v1"))));

        assertThat(catalogue.rules()).singleElement().extracting(row -> row.remind().offsets())
                .isEqualTo(List.of(Duration.ofMinutes(-30)));
    }

    @Test
    void aBillReminderIsDueOnItsDueDayAtNineInTheEstatesZoneMovedByCalendarDays() {
        MessageRule dueSoon = new MessageCatalogue().ruleOfKind("BILL_DUE_SOON");
        assertThat(dueSoon.remind().from()).isEqualTo("dueOn");
        LocalTime nine = LocalTime.of(9, 0);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        assertThat(MessageRule.Remind.dueAt("2026-12-10", "-P3D", nine, shanghai))
                .isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
        assertThat(MessageRule.Remind.dueAt("2026-12-10", "P1D", nine, shanghai))
                .isEqualTo(Instant.parse("2026-12-11T01:00:00Z"));
        assertThat(MessageRule.Remind.dueAt("2026-12-10", "-PT36H", nine, shanghai))
                .isEqualTo(Instant.parse("2026-12-08T13:00:00Z"));
        assertThat(MessageRule.Remind.dueAt("2026-12-10T02:00:00Z", "P1D", nine, shanghai))
                .as("an instant is moved by the duration itself").isEqualTo(Instant.parse("2026-12-11T02:00:00Z"));
        // where clocks change, a day is a calendar day: 09:00 before and after the change
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(MessageRule.Remind.dueAt("2026-03-30", "-P3D", nine, berlin))
                .isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
    }

    @Test
    void brokenReminderRowsStopTheServiceFromStarting() {
        String resolved = "propertyops.ticket.resolved.v1";
        assertThatThrownBy(() -> new MessageCatalogue(List.of(reminder(resolved, "payBy", List.of("P1D"), CONFIRMED))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no field payBy");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(reminder(resolved, "result", List.of("P1D"), CONFIRMED))))
                .hasMessageContaining("result holds no instant");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(reminder(resolved, null, List.of("1 day"), CONFIRMED))))
                .hasMessageContaining("ISO-8601 duration");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(reminder(resolved, null, List.of(), CONFIRMED))))
                .hasMessageContaining("at least one time");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(reminder(resolved, null, List.of("P1D"),
                List.of("propertyops.ticket.approved.v1"))))).hasMessageContaining("no such event type propertyops.ticket.approved.v1");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(reminder(resolved, null, List.of("P1D"), List.of()))))
                .hasMessageContaining("unless");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(reminder(resolved, null, List.of("P1D"), CONFIRMED),
                new MessageRule(resolved, Map.of(), "TEST_REMINDER", null, List.of("REPORTER"), null, "t", "b"))))
                .hasMessageContaining("no other row may share it");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule(resolved, Map.of(), "TEST_REMINDER", null,
                List.of("REPORTER"), null, "t {technicianName}", "b", null,
                new MessageRule.Remind(null, List.of("P1D"), CONFIRMED))))).hasMessageContaining("technicianName");
    }
}
