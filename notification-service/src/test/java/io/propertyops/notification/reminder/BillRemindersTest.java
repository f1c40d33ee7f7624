package io.propertyops.notification.reminder;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.BillIssued;
import io.propertyops.events.billing.BillSettled;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.notification.Households;
import io.propertyops.notification.Partitions;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import io.propertyops.notification.directory.application.StaffRoles;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.People;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 催缴 reminders of a bill, "remind at T unless paid": three days before its due day and the first morning after it
 * (then 15 and 45 days later), at 09:00 in Shanghai, to the owners and residents of its unit as they are when the
 * reminder is due, unless the bill was settled before. Time moves on a clock the test holds; the reminder job runs
 * every 200 ms on it. Where a test shows that something is not sent, a bill reminded at the same time shows the job
 * ran.
 */
@ServiceTest
@MovableClock("2026-11-25T02:00:00Z")
class BillRemindersTest extends RemindersOnAMovedClock {

    @Autowired
    StaffRoles roles;

    final String community = "community-" + UUID.randomUUID();

    BillIssued issued(String bill, String unitId, String dueOn) {
        return new BillIssued(UUID.randomUUID().toString(), bill, clock.instant(), community,
                unitId == null ? "PERSON:renter-9" : "UNIT:" + unitId, unitId, "2026-12", LocalDate.parse(dueOn),
                "312.40", List.of(new BillIssued.Line("charge-" + bill, "fee-pm", "物业服务费", "312.40")));
    }

    BillSettled settled(String bill, String unitId) {
        return new BillSettled(UUID.randomUUID().toString(), bill, clock.instant(), community, "UNIT:" + unitId, unitId,
                "2026-12");
    }

    List<Document> reminders(String bill) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(bill)).with(
                org.springframework.data.domain.Sort.by("dueAt")), Document.class, "reminders");
    }

    List<String> statuses(String bill) {
        return reminders(bill).stream().map(reminder -> reminder.getString("status")).toList();
    }

    /** The reminders in the inbox of the token's person (the bills' own messages came at once), newest first. */
    List<String> reminded(Households homes, String token) {
        return homes.kinds(token).stream().filter(kind -> kind.equals("BILL_DUE_SOON") || kind.equals("BILL_OVERDUE"))
                .toList();
    }

    List<OutboundDelivery> dueSoonTexts(Households homes) {
        return deliveries.of(homes.owner601.aggregateId()).stream()
                .filter(delivery -> delivery.kind().equals("BILL_DUE_SOON")).toList();
    }

    @Test
    void anUnpaidBillIsRemindedBeforeItsDueDayAndAfterItToWhoeverLivesThereThenAndASettledOneIsNot() throws Exception {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        TestTokens.useClock(clock);
        Households homes = new Households(http, kafka, roles, community, clock.instant());
        homes.english(homes.tenant601());
        var sms = http.send(http.request("/api/v1/me/notification-preferences", homes.owner601())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"channels": {"*": ["IN_APP"], "BILL": ["IN_APP", "SMS"]},
                         "quietFrom": "22:00", "quietUntil": "08:00"}""")));
        assertThat(sms.status()).as(sms.toString()).isEqualTo(200);
        String unpaid = "bill-" + UUID.randomUUID();
        String paid = "bill-" + UUID.randomUUID();

        BillIssued bill = issued(unpaid, homes.unit601, "2026-12-10");
        publish(bill, bill, issued(paid, homes.unit602, "2026-12-10"));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(unpaid).size() == 4 && reminders(paid).size() == 4);
        assertThat(reminders(unpaid)).extracting(reminder -> reminder.getDate("dueAt").toInstant())
                .as("09:00 in Shanghai: three days before the due day, the day after, 15 and 45 days after")
                .containsExactly(Instant.parse("2026-12-07T01:00:00Z"), Instant.parse("2026-12-11T01:00:00Z"),
                        Instant.parse("2026-12-25T01:00:00Z"), Instant.parse("2027-01-24T01:00:00Z"));
        assertThat(reminders(unpaid)).extracting(reminder -> reminder.getString("recipientId"))
                .as("the unit's residents, read when due; delivered twice, scheduled once").containsOnly("RESIDENTS");
        assertThat(reminders(unpaid)).extracting(reminder -> reminder.getString("kind"))
                .containsExactly("BILL_DUE_SOON", "BILL_OVERDUE", "BILL_OVERDUE", "BILL_OVERDUE");

        clock.advance(Duration.ofHours(1));
        BillSettled paidOnline = settled(paid, homes.unit602);
        publish(paidOnline);
        awaitHandled(paidOnline);
        assertThat(statuses(paid)).containsOnly("CANCELLED");

        clock.set(Instant.parse("2026-12-07T00:59:00Z"));
        PersonRegistered movedIn = People.owner("赵磊", community, homes.unit601).at(clock.instant()).registered();
        publish(movedIn);
        await().atMost(Duration.ofSeconds(20)).until(() -> roles.members(List.of("unit:" + homes.unit601))
                .getOrDefault("unit:" + homes.unit601, List.of()).contains(movedIn.aggregateId()));

        clock.set(Instant.parse("2026-12-07T01:00:30Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(homes, homes.owner601()).contains("BILL_DUE_SOON")
                && reminded(homes, homes.tenant601()).contains("BILL_DUE_SOON"));
        TestHttp.Response told = homes.inbox(homes.owner601());
        assertThat(told.<String>json("$.items[0].title")).isEqualTo("账单即将到期：2026-12");
        assertThat(told.<String>json("$.items[0].body"))
                .isEqualTo("您家 2026-12 账单合计 312.40 元，将于 2026-12-10 到期，请及时缴纳。可在 App「我的账单」中在线缴费。");
        assertThat(told.<String>json("$.items[0].subjectType")).isEqualTo("BILLING");
        assertThat(told.<String>json("$.items[0].subjectId")).isEqualTo(unpaid);
        assertThat(homes.inbox(homes.tenant601()).<String>json("$.items[0].title")).isEqualTo("Bill due soon: 2026-12");
        Supplier<String> newcomer = () -> TestTokens.owner(movedIn.aggregateId(), community,
                homes.unit601).token(); // minted anew as the clock moves
        assertThat(homes.kinds(newcomer.get())).as("moved in after the bill, there when it is due")
                .containsExactly("BILL_DUE_SOON");
        assertThat(homes.kinds(homes.owner602())).as("settled before").containsExactly("BILL_ISSUED");
        await().until(() -> dueSoonTexts(homes).size() == 1);
        OutboundDelivery text = dueSoonTexts(homes).getFirst();
        assertThat(text.channel()).isEqualTo("SMS");
        assertThat(text.priority()).isEqualTo("NORMAL");
        assertThat(text.notBefore()).as("09:00 is no quiet hour").isEqualTo(Instant.parse("2026-12-07T01:00:30Z"));

        // the tenant moves out before the bill falls overdue
        clock.set(Instant.parse("2026-12-09T02:00:00Z"));
        publish(new ResidentUnbound(UUID.randomUUID().toString(), homes.tenant601.aggregateId(), clock.instant(),
                "binding-" + UUID.randomUUID(), homes.unit601, community, "TENANT", "resident", "MOVED_OUT",
                List.of("RESIDENT"), List.of(community), List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> !roles.members(List.of("unit:" + homes.unit601))
                .getOrDefault("unit:" + homes.unit601, List.of()).contains(homes.tenant601.aggregateId()));

        clock.set(Instant.parse("2026-12-11T01:00:30Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(homes, homes.owner601()).contains("BILL_OVERDUE")
                && reminded(homes, newcomer.get()).contains("BILL_OVERDUE"));
        assertThat(homes.inbox(homes.owner601()).<String>json("$.items[0].body")).isEqualTo("您家 2026-12 账单（合计 "
                + "312.40 元）已于 2026-12-10 到期，尚未缴清，请尽快缴纳；逾期可能按规定计收滞纳金。如有疑问请联系物业服务中心。");
        // one reminder, one bulk write to the unit's people: whoever else was told was told by now
        assertThat(reminded(homes, homes.owner601())).containsExactly("BILL_OVERDUE", "BILL_DUE_SOON");
        assertThat(reminded(homes, homes.tenant601())).as("moved out").containsExactly("BILL_DUE_SOON");

        BillSettled paidLate = settled(unpaid, homes.unit601);
        publish(paidLate);
        awaitHandled(paidLate);
        assertThat(statuses(unpaid)).containsExactly("SENT", "SENT", "CANCELLED", "CANCELLED");
    }

    @Test
    void aPersonsBillIsNotRemindedToAnyHouseholdAndABillIssuedLateMissesTheTimesPast() throws Exception {
        clock.set(Instant.parse("2026-12-05T02:00:00Z"));
        String personsBill = "bill-" + UUID.randomUUID();
        String lateBill = Partitions.sameAs(kafka, Topics.BILLING, personsBill, "bill-");

        // one partition: the person's bill is handled before the unit's
        publish(issued(personsBill, null, "2026-12-10"), issued(lateBill, community + "-601", "2026-12-03"));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(lateBill).size() == 4);
        assertThat(statuses(lateBill)).as("12-03 before, 12-04 09:00 past; 12-18 and 2027-01-17 to come")
                .containsExactly("MISSED", "MISSED", "SCHEDULED", "SCHEDULED");
        assertThat(reminders(personsBill)).as("a person's bill names no unit: no reminder, and never a community's").isEmpty();
    }
}
