package io.propertyops.notification.inbox;

import io.propertyops.events.Topics;
import io.propertyops.events.billing.ApprovalDecided;
import io.propertyops.events.billing.ApprovalRequested;
import io.propertyops.events.billing.BillIssued;
import io.propertyops.events.billing.DisclosurePublished;
import io.propertyops.events.billing.LateFeePosted;
import io.propertyops.events.billing.PaymentReceived;
import io.propertyops.events.billing.PaymentReversed;
import io.propertyops.events.billing.RefundPaid;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.notification.Households;
import io.propertyops.notification.Partitions;
import io.propertyops.notification.directory.application.StaffRoles;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.People;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Billing's events reach owners and staff through the catalogue, on the real broker: a unit's bills and payments its
 * household, a disclosure every household of the community, approvals the deciders but never the requester.
 */
@ServiceTest
class BillingMessagesTest {

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    StaffRoles roles;

    final String community = "community-" + UUID.randomUUID();

    BillIssued bill(String id, String payer, String unitId) {
        return new BillIssued(UUID.randomUUID().toString(), id, Instant.now(), community, payer, unitId, "2026-12",
                LocalDate.parse("2026-12-20"), "312.40",
                List.of(new BillIssued.Line("charge-" + UUID.randomUUID(), "fee-pm", "物业服务费", "312.40")));
    }

    LateFeePosted lateFee(String id, Households homes, String principal, String asOf, String amount) {
        return new LateFeePosted(UUID.randomUUID().toString(), id, Instant.now(), community, "UNIT:" + homes.unit601,
                homes.unit601, principal, amount, LocalDate.parse(asOf));
    }

    String billingKey(String after, String prefix) {
        return Partitions.sameAs(kafka, Topics.BILLING, after, prefix);
    }

    @Test
    void aUnitsBillReachesItsOwnersAndResidentsInTheirLanguageAndAPersonsBillNoResident() throws Exception {
        Households homes = new Households(http, kafka, roles, community, Instant.now());
        homes.english(homes.tenant601());
        String personsBill = "bill-" + UUID.randomUUID();
        String bill601 = billingKey(personsBill, "bill-");

        // one partition: the bill of a person (a parking space's renter, say) is handled before the unit's
        EventPublishing.publish(kafka, bill(personsBill, "PERSON:someone", null), bill(bill601, "UNIT:" + homes.unit601,
                homes.unit601));

        await().atMost(Duration.ofSeconds(20)).until(() -> homes.kinds(homes.owner601()).contains("BILL_ISSUED")
                && homes.kinds(homes.tenant601()).contains("BILL_ISSUED"));
        TestHttp.Response told = homes.inbox(homes.owner601());
        assertThat(told.<List<String>>json("$.items[*].kind")).containsExactly("BILL_ISSUED");
        assertThat(told.<String>json("$.items[0].title")).isEqualTo("新账单：2026-12");
        assertThat(told.<String>json("$.items[0].body"))
                .isEqualTo("新账单 2026-12，合计 312.40 元，请于 2026-12-20 前缴纳。可在 App「我的账单」中查看明细并在线缴费。");
        assertThat(told.<String>json("$.items[0].subjectType")).isEqualTo("BILLING");
        assertThat(told.<String>json("$.items[0].subjectId")).isEqualTo(bill601);
        assertThat(homes.inbox(homes.tenant601()).<String>json("$.items[0].body"))
                .isEqualTo("Your bill for 2026-12 is 312.40 yuan, due by 2026-12-20. See its lines and pay online under "
                        + "\"My bills\" in the app.");
        assertThat(homes.kinds(homes.owner602())).as("no other household, not even of the person's bill").isEmpty();
        assertThat(homes.kinds(homes.supervisor())).isEmpty();
        assertThat(homes.kinds(homes.stranger())).isEmpty();
    }

    @Test
    void paymentsReversalsAndRefundsReachTheUnitsHouseholdWithTheirReceipt() throws Exception {
        Households homes = new Households(http, kafka, roles, community, Instant.now());
        String online = "payment-" + UUID.randomUUID();
        String payer = "UNIT:" + homes.unit601;
        EventPublishing.publish(kafka,
                new PaymentReceived(UUID.randomUUID().toString(), online, Instant.now(), community, payer, homes.unit601,
                        "200.00", "WECHAT_PAY", null, "200.00", "0.00", "112.40"),
                new PaymentReceived(UUID.randomUUID().toString(), "payment-" + UUID.randomUUID(), Instant.now(),
                        community, payer, homes.unit601, "112.40", "CASH", "R-2026-000123", "112.40", "0.00", "0.00"),
                new PaymentReversed(UUID.randomUUID().toString(), online, Instant.now(), community, payer, homes.unit601,
                        "200.00", "收款批次作废"),
                new RefundPaid(UUID.randomUUID().toString(), "refund-" + UUID.randomUUID(), Instant.now(), community,
                        payer, homes.unit601, online, "50.00"));

        await().atMost(Duration.ofSeconds(20)).until(() -> homes.kinds(homes.owner601()).containsAll(List.of(
                "PAYMENT_RECEIVED", "PAYMENT_REVERSED", "REFUND_PAID")) && homes.kinds(homes.owner601()).size() == 4);
        List<String> bodies = homes.inbox(homes.owner601()).json("$.items[*].body");
        assertThat(bodies).contains(
                "缴费成功 200.00 元（微信支付，收据号 待生成），缴费后尚欠 112.40 元。",
                "缴费成功 112.40 元（现金，收据号 R-2026-000123），缴费后尚欠 0.00 元。",
                "您家一笔 200.00 元的缴费已撤销（收款批次作废），它所缴的费用恢复为待缴。如有疑问请联系物业服务中心。",
                "50.00 元已退还给您，请留意原支付渠道或银行账户到账。");
        assertThat(homes.kinds(homes.tenant601())).hasSize(4);
        assertThat(homes.kinds(homes.owner602())).isEmpty();
    }

    @Test
    void aLateFeePostedEveryDayOnOneChargeIsToldOncePerCharge() throws Exception {
        Households homes = new Households(http, kafka, roles, community, Instant.now());
        String first = "late-" + UUID.randomUUID();
        LateFeePosted firstDay = lateFee(first, homes, "charge-pm-2026-11", "2026-12-21", "1.56");
        // one partition, in this order: the same charge's next two days (one delivered twice), then another charge's
        EventPublishing.publish(kafka, firstDay,
                lateFee(billingKey(first, "late-"), homes, "charge-pm-2026-11", "2026-12-22", "1.56"), firstDay,
                lateFee(billingKey(first, "late-"), homes, "charge-pm-2026-11", "2026-12-23", "1.56"),
                lateFee(billingKey(first, "late-"), homes, "charge-water-2026-11", "2026-12-23", "0.42"));

        // the other charge's, published last on the partition, comes after the first charge's days were handled
        await().atMost(Duration.ofSeconds(20)).until(() -> homes.inbox(homes.owner601())
                .<List<String>>json("$.items[*].body").stream().anyMatch(body -> body.contains("0.42 元")));
        TestHttp.Response told = homes.inbox(homes.owner601());
        assertThat(told.<List<String>>json("$.items[*].kind")).containsExactly("LATE_FEE_POSTED", "LATE_FEE_POSTED");
        assertThat(told.<List<String>>json("$.items[*].body")).containsExactlyInAnyOrder(
                "您家有一笔费用逾期未缴，截至 2026-12-21 已按规定计收滞纳金 1.56 元；按日计收的，缴清前每日累计（不再另行通知）。详情见 App「我的账单」。",
                "您家有一笔费用逾期未缴，截至 2026-12-23 已按规定计收滞纳金 0.42 元；按日计收的，缴清前每日累计（不再另行通知）。详情见 App「我的账单」。");
    }

    @Test
    void aPublishedDisclosureReachesEveryHouseholdOfTheCommunityOnceAndNoOneElse() throws Exception {
        Households homes = new Households(http, kafka, roles, community, Instant.now());
        DisclosurePublished published = new DisclosurePublished(UUID.randomUUID().toString(), "disclosure-" + community
                + "-2026-11-v2", Instant.now(), community, "2026-11", 2, "2026年11月收支公示", "更正：电梯维保支出 3,200.00 元计入 11 月。");
        EventPublishing.publish(kafka, published, published); // delivered twice: told once

        List<String> households = List.of(homes.owner601(), homes.tenant601(), homes.owner602());
        await().atMost(Duration.ofSeconds(20)).until(() -> households.stream()
                .allMatch(token -> homes.kinds(token).contains("DISCLOSURE_PUBLISHED")));
        for (String token : households) {
            assertThat(homes.kinds(token)).containsExactly("DISCLOSURE_PUBLISHED");
        }
        TestHttp.Response told = homes.inbox(homes.owner602());
        assertThat(told.<String>json("$.items[0].title")).isEqualTo("2026-11 收支公示已发布");
        assertThat(told.<String>json("$.items[0].body")).isEqualTo("本小区 2026-11 收支情况《2026年11月收支公示》已公示（第 2 版），"
                + "请在 App「收支公示」中查看。更正：电梯维保支出 3,200.00 元计入 11 月。");
        assertThat(homes.kinds(homes.supervisor())).isEmpty();
        assertThat(homes.kinds(homes.stranger())).isEmpty();
    }

    @Test
    void anApprovalReachesItsDecidersButNeverItsRequesterWhoHearsTheDecision() throws Exception {
        PersonRegistered manager = People.staff("黄建国", "PROPERTY_MANAGER", community).at(Instant.now()).registered();
        PersonRegistered askingManager = People.staff("刘洋", "PROPERTY_MANAGER", community).at(Instant.now()).registered();
        PersonRegistered accountant = People.staff("孙丽", "FINANCE", community).at(Instant.now()).registered();
        PersonRegistered cashier = People.staff("周敏", "FINANCE", community).at(Instant.now()).registered();
        EventPublishing.publish(kafka, manager, askingManager, accountant, cashier);
        await().atMost(Duration.ofSeconds(20)).until(() -> roles.members("PROPERTY_MANAGER", community)
                .containsAll(List.of(manager.aggregateId(), askingManager.aggregateId()))
                && roles.members("FINANCE", community).containsAll(List.of(accountant.aggregateId(), cashier.aggregateId())));

        String waiver = "approval-" + UUID.randomUUID();
        String batch = "approval-" + UUID.randomUUID();
        EventPublishing.publish(kafka,
                new ApprovalRequested(UUID.randomUUID().toString(), waiver, Instant.now(), community, "WAIVER",
                        "late:charge-1", "UNIT:u-601", "15.60", "业主住院，申请减免滞纳金", askingManager.aggregateId()),
                new ApprovalRequested(UUID.randomUUID().toString(), batch, Instant.now(), community,
                        "BATCH_CANCELLATION", "batch-2026-12-01", null, "1200.00", "现金点错", cashier.aggregateId()),
                new ApprovalDecided(UUID.randomUUID().toString(), waiver, Instant.now(), community, "WAIVER",
                        "late:charge-1", false, askingManager.aggregateId(), manager.aggregateId(), "请补充住院证明"));

        String managerToken = TestTokens.staff(manager.aggregateId(), "PROPERTY_MANAGER", community).token();
        String askingToken = TestTokens.staff(askingManager.aggregateId(), "PROPERTY_MANAGER", community).token();
        String accountantToken = TestTokens.staff(accountant.aggregateId(), "FINANCE", community).token();
        String cashierToken = TestTokens.staff(cashier.aggregateId(), "FINANCE", community).token();
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(managerToken, "APPROVAL_REQUESTED").size() == 2
                && !subjects(accountantToken, "APPROVAL_REQUESTED").isEmpty()
                && !subjects(askingToken, "APPROVAL_DECIDED_REJECTED").isEmpty());

        // each event's messages are written in one bulk write: whoever else was told was told by now
        assertThat(subjects(managerToken, "APPROVAL_REQUESTED")).containsExactlyInAnyOrder(waiver, batch);
        assertThat(subjects(askingToken, "APPROVAL_REQUESTED")).as("not their own waiver").containsExactly(batch);
        assertThat(subjects(accountantToken, "APPROVAL_REQUESTED")).as("finance reviews batches only")
                .containsExactly(batch);
        assertThat(http.get("/api/v1/me/notifications", cashierToken).<List<String>>json("$.items[*].kind"))
                .as("not their own batch").isEmpty();

        TestHttp.Response managers = http.get("/api/v1/me/notifications", managerToken);
        assertThat(managers.<List<String>>json("$.items[*].title")).containsExactlyInAnyOrder("待审批：减免", "待审批：作废收款批次");
        assertThat(managers.<List<String>>json("$.items[*].body")).contains(
                "减免申请待您审批：金额 15.60 元，事由：业主住院，申请减免滞纳金。");
        TestHttp.Response decided = http.get("/api/v1/me/notifications", askingToken);
        assertThat(decided.<List<String>>json("$.items[?(@.kind == 'APPROVAL_DECIDED_REJECTED')].title"))
                .containsExactly("审批未通过：减免");
        assertThat(decided.<List<String>>json("$.items[?(@.kind == 'APPROVAL_DECIDED_REJECTED')].body"))
                .containsExactly("您提交的减免申请未获批准。审批意见：请补充住院证明");
    }

    /** The subjects (approval ids) of the messages of a kind in the token's person's inbox. */
    List<String> subjects(String token, String kind) {
        return http.get("/api/v1/me/notifications", token).json("$.items[?(@.kind == '" + kind + "')].subjectId");
    }
}
