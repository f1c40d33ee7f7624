package io.propertyops.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderConfirmed;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderReopened;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import io.propertyops.testsupport.People;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The reminder to confirm a resolved work order (ticket-service confirms it itself after 3 days): a day after the
 * resolution, and again after two, unless the owner confirmed or reopened it (or it was cancelled or closed) after
 * it was resolved. Time moves on a clock the test holds; the reminder job runs every 200 ms on it. Where a test
 * shows that something is not sent, a work order that is reminded at the same time or later shows the job ran.
 */
@ServiceTest
@MovableClock("2026-11-25T02:00:00Z")
class ConfirmationRemindersTest extends RemindersOnAMovedClock {

    static final String REMINDER = "WORK_ORDER_CONFIRMATION_REMINDER";

    final String community = "community-" + UUID.randomUUID();
    final String owner = "owner-" + UUID.randomUUID();

    WorkOrderFacts facts(String status, int reopens) {
        return new WorkOrderFacts("WO-20261125-0008", community, "unit-8", owner, "REPAIR", "plumbing", "NORMAL",
                status, "agent-1", "tech-1", reopens, Map.of());
    }

    WorkOrderResolved resolved(String workOrder, Instant at) {
        return new WorkOrderResolved(UUID.randomUUID().toString(), workOrder, at, "tech-1", facts("RESOLVED", 0), "更换角阀");
    }

    WorkOrderReopened reopened(String workOrder, Instant at) {
        return new WorkOrderReopened(UUID.randomUUID().toString(), workOrder, at, owner, facts("ACCEPTED", 1), "仍然漏水", 1);
    }

    WorkOrderConfirmed confirmed(String workOrder, Instant at) {
        return new WorkOrderConfirmed(UUID.randomUUID().toString(), workOrder, at, owner, facts("CONFIRMED", 0), false);
    }

    List<Document> reminded(String workOrder) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(workOrder).and("kind").is(REMINDER)),
                Document.class, "inbox");
    }

    List<String> statuses(String workOrder) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(workOrder)), Document.class, "reminders").stream()
                .map(reminder -> reminder.getString("status")).toList();
    }

    @Test
    void anUnconfirmedResolutionRemindsTheReporterOnceADayAndOnlyOnceThoughDeliveredTwice() throws Exception {
        // 22:30 in Shanghai: the reminder a day later falls in the owner's quiet hours
        clock.set(Instant.parse("2026-11-25T14:30:00Z"));
        PersonRegistered person = People.owner("张伟", community, "unit-1").id(owner).units().phone("13800000008")
                .at(clock.instant()).registered();
        publish(person);
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.reachable(owner));
        TestTokens.useClock(clock);
        var saved = http.send(http.request("/api/v1/me/notification-preferences",
                        TestTokens.owner(owner, community, "unit-8").token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"channels": {"*": ["IN_APP"], "WORK_ORDER_CONFIRMATION_REMINDER": ["IN_APP", "SMS"]},
                         "quietFrom": "22:00", "quietUntil": "08:00"}""")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        String workOrder = "wo-" + UUID.randomUUID();
        WorkOrderResolved resolved = resolved(workOrder, clock.instant());

        publish(resolved, resolved);
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(workOrder).size() == 2);
        assertThat(statuses(workOrder)).containsOnly("SCHEDULED");
        assertThat(reminded(workOrder)).isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(workOrder).size() == 1);
        Document reminder = reminded(workOrder).getFirst();
        assertThat(reminder.getString("recipientId")).isEqualTo(owner);
        assertThat(reminder.getString("title")).isEqualTo("请确认维修结果：WO-20261125-0008");
        assertThat(reminder.getString("body")).startsWith("您的工单 WO-20261125-0008 已于 11月25日 22:30 完工（更换角阀）");
        await().until(() -> deliveries.of(owner).size() == 1);
        OutboundDelivery sms = deliveries.of(owner).getFirst();
        assertThat(sms.channel()).isEqualTo("SMS");
        assertThat(sms.notBefore()).as("08:00 in Shanghai, after the quiet hours")
                .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));

        clock.advance(Duration.ofDays(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(workOrder).size() == 2);
        WorkOrderConfirmed confirmed = confirmed(workOrder, clock.instant());
        publish(confirmed);
        awaitHandled(confirmed);
        assertThat(statuses(workOrder)).as("one per day, the redelivery scheduled nothing").containsExactly("SENT", "SENT");
        assertThat(reminded(workOrder)).hasSize(2);
    }

    @Test
    void aConfirmedResolutionIsNotRemindedNorOneHandledAfterItsRemindersWereDue() throws Exception {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        String confirmedOrder = "wo-" + UUID.randomUUID();
        String handledLate = "wo-" + UUID.randomUUID();
        String unconfirmedOrder = "wo-" + UUID.randomUUID();
        WorkOrderConfirmed confirmed = confirmed(confirmedOrder, clock.instant().plus(Duration.ofHours(2)));

        publish(resolved(confirmedOrder, clock.instant()), confirmed,
                resolved(handledLate, clock.instant().minus(Duration.ofDays(3))),
                resolved(unconfirmedOrder, clock.instant()));
        awaitHandled(confirmed);
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(unconfirmedOrder).size() == 2
                && statuses(handledLate).size() == 2);
        assertThat(statuses(confirmedOrder)).containsExactly("CANCELLED", "CANCELLED");
        assertThat(statuses(handledLate)).containsExactly("MISSED", "MISSED");

        clock.advance(Duration.ofDays(3));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(unconfirmedOrder).size() == 2);
        assertThat(reminded(confirmedOrder)).isEmpty();
        assertThat(reminded(handledLate)).isEmpty();
    }

    @Test
    void onlyACancellingEventNewerThanTheResolutionCancelsItWhicheverArrivesFirst() throws Exception {
        Instant t = Instant.parse("2026-12-10T02:00:00Z");
        clock.set(t);
        // reopened an hour after the resolution, but handled before it (as an event of another topic may be)
        String reopenedFirst = "wo-" + UUID.randomUUID();
        WorkOrderReopened newer = reopened(reopenedFirst, t.plus(Duration.ofHours(1)));
        publish(newer, resolved(reopenedFirst, t));
        // resolved, reopened, resolved again, the reopening delivered once more after the new resolution, and a
        // confirmation older than the new resolution (it answers the first one)
        String resolvedAgain = "wo-" + UUID.randomUUID();
        WorkOrderReopened reopening = reopened(resolvedAgain, t.plus(Duration.ofHours(1)));
        WorkOrderResolved again = resolved(resolvedAgain, t.plus(Duration.ofHours(2)));
        WorkOrderConfirmed older = confirmed(resolvedAgain, t.plus(Duration.ofMinutes(30)));
        publish(resolved(resolvedAgain, t), reopening, again, reopening, older);
        awaitHandled(older);
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(reopenedFirst).equals(List.of("CANCELLED", "CANCELLED")));

        assertThat(statuses(resolvedAgain)).hasSize(4);
        assertThat(mongo.find(Query.query(Criteria.where("subjectId").is(resolvedAgain).and("status").is("SCHEDULED")),
                Document.class, "reminders")).extracting(reminder -> reminder.getString("triggerEventId"))
                .as("the new resolution's two reminders stand").containsExactly(again.eventId(), again.eventId());

        clock.set(t.plus(Duration.ofHours(2)).plus(Duration.ofDays(1).plusMinutes(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(resolvedAgain).size() == 1);
        assertThat(reminded(reopenedFirst)).isEmpty();
    }
}
