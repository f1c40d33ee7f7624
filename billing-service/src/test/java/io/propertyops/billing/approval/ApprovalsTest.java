package io.propertyops.billing.approval;

import io.propertyops.billing.approval.application.ApprovalAction;
import io.propertyops.billing.approval.application.Approvals;
import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.billing.approval.domain.ApprovalKind;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.ApprovalDecided;
import io.propertyops.events.billing.ApprovalRequested;
import io.propertyops.starter.web.Caller;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four-eyes rule over HTTP: the requester cannot decide, a role that does not decide the kind is refused, a
 * decision is final and applied once through its kind's action, and both steps publish their events.
 */
@ServiceTest
class ApprovalsTest {

    /** Records what it applies: stands in for a feature's action (expenses have none yet). */
    @TestConfiguration
    static class RecordingAction {

        static final List<String> applied = new CopyOnWriteArrayList<>();

        @Bean
        ApprovalAction expenses() {
            return new ApprovalAction() {
                @Override
                public ApprovalKind kind() {
                    return ApprovalKind.EXPENSE;
                }

                @Override
                public void apply(Approval decided) {
                    applied.add(decided.id() + ":" + decided.status());
                }
            };
        }
    }

    @Autowired
    Approvals approvals;
    @Autowired
    TestHttp http;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    final String community = "c-" + UUID.randomUUID();
    final Caller accountant = new Caller("fin-1", "会计", Set.of("FINANCE"), Set.of(community), Set.of(), Set.of());

    Approval requestExpense(String id) {
        return approvals.request(accountant, new Approvals.Request(id, community, ApprovalKind.EXPENSE, "expense-" + id,
                null, Money.of("860.00"), Map.of("category", "绿化养护"), "11月绿化养护费"));
    }

    @Test
    void anotherPersonApprovesAndTheActionIsAppliedOnce() {
        String id = "approval-" + UUID.randomUUID();
        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            requestExpense(id);
            assertThat(requestExpense(id).requestedAt()).as("a retried request finds the first").isNotNull();
            assertThat(tap.awaitOne(ApprovalRequested.class, e -> e.aggregateId().equals(id)).amount()).isEqualTo("860.00");

            String manager = TestTokens.staff("pm-1", "PROPERTY_MANAGER", community).token();
            var decided = http.post("/api/v1/approvals/" + id + "/decision", manager, "{\"approve\":true,\"note\":\"同意\"}");
            assertThat(decided.status()).isEqualTo(200);
            assertThat(decided.<String>json("$.status")).isEqualTo("APPROVED");
            assertThat(decided.<String>json("$.appliedAt")).isNotNull();
            assertThat(tap.awaitOne(ApprovalDecided.class, e -> e.aggregateId().equals(id)).approved()).isTrue();

            var again = http.post("/api/v1/approvals/" + id + "/decision", manager, "{\"approve\":false,\"note\":\"改主意\"}");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.<String>json("$.code")).isEqualTo("decided");
            assertThat(RecordingAction.applied).containsOnlyOnce(id + ":APPROVED");
        }
    }

    @Test
    void theRequesterCannotDecideTheirOwnRequest() {
        String id = "approval-" + UUID.randomUUID();
        requestExpense(id);
        // the accountant is also a property manager here: the roles allow it, the rule does not
        String self = TestTokens.staff("fin-1", "PROPERTY_MANAGER", community).token();

        var own = http.post("/api/v1/approvals/" + id + "/decision", self, "{\"approve\":true}");

        assertThat(own.status()).isEqualTo(409);
        assertThat(own.<String>json("$.code")).isEqualTo("own-request");
        assertThat(approvals.get(accountant, id).status()).isEqualTo(Approval.Status.PENDING);
    }

    @Test
    void aRoleThatDoesNotDecideTheKindIsRefusedAndARejectionNeedsANote() {
        String id = "approval-" + UUID.randomUUID();
        requestExpense(id);
        String otherAccountant = TestTokens.staff("fin-2", "FINANCE", community).token();
        assertThat(http.post("/api/v1/approvals/" + id + "/decision", otherAccountant, "{\"approve\":true}").status())
                .isEqualTo(403);

        String manager = TestTokens.staff("pm-1", "PROPERTY_MANAGER", community).token();
        var bare = http.post("/api/v1/approvals/" + id + "/decision", manager, "{\"approve\":false}");
        assertThat(bare.status()).isEqualTo(422);
        var rejected = http.post("/api/v1/approvals/" + id + "/decision", manager, "{\"approve\":false,\"note\":\"无发票\"}");
        assertThat(rejected.<String>json("$.status")).isEqualTo("REJECTED");
        assertThat(RecordingAction.applied).contains(id + ":REJECTED");
    }
}
