package io.propertyops.notification.catalogue;

import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.domain.MessageComposer;
import io.propertyops.notification.catalogue.domain.MessageRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.events.EventCatalog;
import java.time.Duration;
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
                java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(MessageComposer.recipients(toAssignees, task, Map.of())).containsExactly("tech-1", "tech-2");
        assertThat(MessageComposer.recipients(row("propertyops.facility.finding-reported.v1", "t", "b",
                List.of("PERSON:reporterId")), new EventFields(Map.of("reporterId", "tech-9"),
                java.time.ZoneId.of("Asia/Shanghai")), Map.of())).containsExactly("tech-9");
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
    void residentsAreToldAtOnceAndAboutACommunity() {
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule("propertyops.facility.meter-reading-missing.v1",
                Map.of(), "T", null, List.of("ROLE:SUPERVISOR"), List.of("RESIDENTS"), "t", "b"))))
                .hasMessageContaining("never left out or reminded");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule("propertyops.facility.meter-reading-missing.v1",
                Map.of(), "T", null, List.of("RESIDENTS"), null, "t", "b", null,
                new MessageRule.Remind(null, List.of("P1D"), List.of("propertyops.facility.meter-reading-held.v1"))))))
                .hasMessageContaining("never left out or reminded");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.security.person-updated.v1", "t", "b",
                List.of("RESIDENTS"))))).hasMessageContaining("needs an event with a communityId");
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
        assertThat(catalogue.reminderTopics()).containsExactly("propertyops.ticket.v1");
    }

    @Test
    void aReminderMayFallDueBeforeAnInstantTheEventCarries() {
        MessageCatalogue catalogue = new MessageCatalogue(List.of(reminder("propertyops.ticket.due-soon.v1", "dueAt",
                List.of("-PT30M"), List.of("propertyops.ticket.started.v1"))));

        assertThat(catalogue.rules()).singleElement().extracting(row -> row.remind().offsets())
                .isEqualTo(List.of(Duration.ofMinutes(-30)));
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
