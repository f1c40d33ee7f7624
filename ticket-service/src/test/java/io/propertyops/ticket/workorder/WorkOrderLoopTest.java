package io.propertyops.ticket.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderAccepted;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderConfirmed;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.events.ticket.WorkOrderDispatched;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.events.ticket.WorkOrderRevisited;
import io.propertyops.events.ticket.WorkOrderStarted;
import io.propertyops.events.ticket.WorkOrderTaken;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A repair goes around the whole loop over HTTP — reported, accepted (首问), dispatched, taken, started, resolved,
 * confirmed, revisited, closed — and each step's event reaches the broker exactly once, carrying the accountable
 * agent. Along the way the people who may not act are turned away.
 */
@ServiceTest
class WorkOrderLoopTest {

    static final String COMMUNITY = "community-loop";

    @Autowired
    TestHttp http;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    final String ownerId = "owner-" + UUID.randomUUID();
    final String owner = TestTokens.owner(ownerId, COMMUNITY, "unit-1502").name("张伟").token();
    final String otherOwner = TestTokens.owner("owner-" + UUID.randomUUID(), COMMUNITY, "unit-1601").token();
    final String agentId = "agent-" + UUID.randomUUID();
    final String agent = TestTokens.staff(agentId, "CUSTOMER_SERVICE", COMMUNITY).token();
    final String otherAgent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", COMMUNITY).token();
    final String foreignAgent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", "community-far").token();
    final String plumberId = "tech-" + UUID.randomUUID();
    final String plumber = TestTokens.staff(plumberId, "TECHNICIAN", COMMUNITY).token();
    final String otherTechnician = TestTokens.staff("tech-" + UUID.randomUUID(), "TECHNICIAN", COMMUNITY).token();

    TestHttp.Response step(String id, String action, String token, String json) {
        return http.post("/api/v1/tickets/" + id + "/" + action, token, json);
    }

    TestHttp.Response ok(String id, String action, String token, String json) {
        TestHttp.Response response = step(id, action, token, json);
        assertThat(response.status()).as(action + ": " + response).isEqualTo(200);
        return response;
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo(code);
    }

    String report() {
        var created = http.post("/api/v1/tickets", owner, """
                {"kind": "REPAIR", "category": "plumbing", "urgency": "URGENT", "title": "厨房水管漏水",
                 "unitId": "unit-1502", "location": "厨房"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    @Test
    void aRepairGoesAroundTheWholeLoopAndEachStepIsPublishedOnce() {
        String id = report();
        var reported = http.get("/api/v1/tickets/" + id, owner);
        assertThat(reported.<String>json("$.deadlines.RESPONSE.due")).as("the owner sees live deadlines").isNotNull();
        assertThat(reported.<String>json("$.deadlines.RESPONSE.metAt")).isNull();

        assertThat(ok(id, "accept", agent, "{}").<String>json("$.deadlines.RESPONSE.metAt")).isNotNull();
        assertProblem(step(id, "dispatch", foreignAgent, "{\"technicianId\": \"" + plumberId + "\"}"), 404, "not-found");
        ok(id, "dispatch", agent, "{\"technicianId\": \"" + plumberId + "\"}");
        assertProblem(step(id, "take", otherTechnician, "{}"), 404, "not-found");
        assertThat(http.get("/api/v1/me/assignments", plumber).<List<String>>json("$.items[*].id")).contains(id);
        ok(id, "take", plumber, "{}");
        assertProblem(step(id, "resolve", plumber, "{\"result\": \"done\"}"), 409, "illegal-transition");
        ok(id, "start", plumber, "{}");
        ok(id, "resolve", plumber, "{\"result\": \"更换角阀，测试无渗漏\"}");
        assertProblem(step(id, "confirm", otherOwner, "{}"), 404, "not-found");
        ok(id, "confirm", owner, "{}");
        ok(id, "revisit", otherAgent, "{\"satisfied\": true, \"note\": \"业主满意\"}");
        assertProblem(step(id, "close", otherAgent, "{}"), 422, "not-accountable");
        var closed = ok(id, "close", agent, "{}");

        assertThat(closed.<String>json("$.status")).isEqualTo("CLOSED");
        assertThat(closed.<String>json("$.accountableAgentId")).isEqualTo(agentId);
        assertThat(closed.<List<String>>json("$.timeline[*].action")).containsExactly("submitted", "accepted",
                "dispatched", "taken", "started", "resolved", "confirmed", "revisited", "closed");
        var ownersView = http.get("/api/v1/tickets/" + id, owner);
        assertThat(ownersView.<String>json("$.status")).isEqualTo("CLOSED");
        assertProblem(http.get("/api/v1/tickets/" + id, otherTechnician), 404, "not-found");

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            for (Class<? extends DomainEvent> type : List.of(WorkOrderCreated.class, WorkOrderAccepted.class,
                    WorkOrderDispatched.class, WorkOrderTaken.class, WorkOrderStarted.class, WorkOrderResolved.class,
                    WorkOrderConfirmed.class, WorkOrderRevisited.class)) {
                tap.awaitOne(type, event -> event.aggregateId().equals(id));
            }
            WorkOrderClosed event = tap.awaitOne(WorkOrderClosed.class, e -> e.aggregateId().equals(id));
            assertThat(event.workOrder().accountableAgentId()).isEqualTo(agentId);
            assertThat(event.workOrder().assigneeId()).isEqualTo(plumberId);
            assertThat(event.workOrder().reporterId()).isEqualTo(ownerId);
            assertThat(event.workOrder().deadlines()).containsKeys("RESPONSE", "ARRIVAL", "RESOLUTION");
        }
    }

    @Test
    void aStepOnAVersionSomeoneElseChangedIsRefusedAndChangesNothing() {
        String id = report();
        String etag = http.get("/api/v1/tickets/" + id, agent).header("ETag");

        ok(id, "accept", otherAgent, "{}");
        var stale = http.send(http.request("/api/v1/tickets/" + id + "/cancel", agent)
                .header("Content-Type", "application/json").header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"重复报修\"}")));

        assertProblem(stale, 412, "stale-version");
        assertThat(http.get("/api/v1/tickets/" + id, agent).<String>json("$.status")).isEqualTo("ACCEPTED");
    }

    @Test
    void aDeclineAnswersTheWorkOrderBackInDispatchThoughTheTechnicianNoLongerSeesItAfterwards() {
        String id = report();
        ok(id, "accept", agent, "{}");
        String etag = ok(id, "dispatch", agent, "{\"technicianId\": \"" + plumberId + "\"}").header("ETag");

        var declined = http.post("/api/v1/tickets/" + id + "/decline", plumber, "{\"reason\": \"今天不在本片区\"}",
                "If-Match", etag);

        assertThat(declined.status()).as("a decline that was done is no error: " + declined).isEqualTo(200);
        assertThat(declined.<String>json("$.status")).isEqualTo("ACCEPTED");
        assertThat(declined.<String>json("$.assigneeId")).isNull();
        assertThat(declined.<List<String>>json("$.timeline[*].action")).endsWith("declined");
        assertThat(declined.header("ETag")).as("the new version").isNotNull().isNotEqualTo(etag);
        // from now on it is not the technician's: gone from their assignments, not readable, no second step
        assertThat(http.get("/api/v1/me/assignments", plumber).<List<String>>json("$.items[*].id")).doesNotContain(id);
        assertProblem(http.get("/api/v1/tickets/" + id, plumber), 404, "not-found");
        assertProblem(step(id, "decline", plumber, "{\"reason\": \"again\"}"), 404, "not-found");
        var dispatcherSees = http.get("/api/v1/tickets/" + id, agent);
        assertThat(dispatcherSees.<String>json("$.status")).isEqualTo("ACCEPTED");
        assertThat(dispatcherSees.header("ETag")).isEqualTo(declined.header("ETag"));
    }

    @Test
    void badStepsAreProblemsAndWriteNothing() {
        String id = report();
        ok(id, "accept", agent, "{}");

        assertProblem(step(id, "dispatch", agent, "{}"), 400, "validation-failed");
        assertProblem(step(id, "dispatch", agent, "{\"technicianId\": "), 400, "malformed-request");
        assertProblem(step(id, "cancel", agent, "{}"), 422, "required");
        assertProblem(step(id, "take", owner, "{}"), 403, "forbidden");
        assertProblem(step("no-such-work-order", "accept", agent, "{}"), 404, "not-found");

        var unchanged = http.get("/api/v1/tickets/" + id, agent);
        assertThat(unchanged.<String>json("$.status")).isEqualTo("ACCEPTED");
        assertThat(unchanged.<List<String>>json("$.timeline[*].action")).containsExactly("submitted", "accepted");
    }

    @Test
    void anAgentLogsAHotlineCallForAnOwnerWhoThenFollowsUrgesAndCommentsInTheApp() {
        var logged = http.post("/api/v1/tickets", agent, """
                {"communityId": "%s", "unitId": "unit-1502", "channel": "HOTLINE", "reporterId": "%s",
                 "reporterName": "张伟", "reporterPhone": "13800138001", "kind": "REPAIR", "category": "electrical",
                 "urgency": "NORMAL", "title": "客厅灯不亮"}""".formatted(COMMUNITY, ownerId));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(logged.<String>json("$.channel")).isEqualTo("HOTLINE");
        String id = logged.json("$.id");

        assertThat(http.get("/api/v1/me/tickets", owner).<List<String>>json("$.items[*].id")).contains(id);
        ok(id, "urge", owner, "{}");
        assertProblem(step(id, "urge", owner, "{}"), 409, "urged-recently");
        ok(id, "comments", owner, "{\"text\": \"晚上七点后家里有人\"}");
        var urgent = ok(id, "urgency", agent, "{\"urgency\": \"URGENT\", \"reason\": \"老人独居，夜间无照明\"}");

        assertThat(urgent.<String>json("$.urgency")).isEqualTo("URGENT");
        assertThat(urgent.<List<String>>json("$.timeline[*].action"))
                .containsExactly("submitted", "urged", "commented", "urgency-changed");
        assertProblem(step(id, "urgency", owner, "{\"urgency\": \"EMERGENCY\", \"reason\": \"please\"}"),
                403, "forbidden");
    }

    @Test
    void ownersRaiseNoInternalKindsAndStaffIntakeNamesWhoCalled() {
        assertProblem(http.post("/api/v1/tickets", owner, """
                {"kind": "SECURITY_INCIDENT", "category": "security", "urgency": "URGENT", "title": "可疑人员"}"""),
                422, "internal-kind");
        assertProblem(http.post("/api/v1/tickets", agent, """
                {"communityId": "%s", "channel": "HOTLINE", "kind": "REPAIR", "category": "plumbing",
                 "urgency": "NORMAL", "title": "漏水"}""".formatted(COMMUNITY)), 422, "required-for-staff-intake");
        assertProblem(http.post("/api/v1/tickets", agent, """
                {"communityId": "%s", "channel": "APP", "kind": "REPAIR", "category": "plumbing",
                 "urgency": "NORMAL", "title": "漏水", "reporterName": "张伟", "reporterPhone": "13800138001"}"""
                .formatted(COMMUNITY)), 422, "staff-channel");
        var found = http.post("/api/v1/tickets", plumber, """
                {"communityId": "%s", "channel": "STAFF_FOUND", "kind": "INSPECTION_FINDING", "category": "elevator",
                 "urgency": "URGENT", "title": "3号梯异响"}""".formatted(COMMUNITY));
        assertThat(found.status()).as(found.toString()).isEqualTo(201);
        assertThat(found.<String>json("$.reporterId")).isEqualTo(plumberId);
    }

    @Test
    void aLeadWorkOrderIsResolvedOnlyWhenItsSubTaskForAnotherTeamIs() {
        String lead = report();
        ok(lead, "accept", agent, "{}");
        ok(lead, "dispatch", agent, "{\"technicianId\": \"" + plumberId + "\"}");
        ok(lead, "take", plumber, "{}");
        ok(lead, "start", plumber, "{}");

        assertProblem(step(lead, "subtasks", otherAgent, "{\"category\": \"electrical\", \"title\": \"插座进水\"}"),
                422, "not-accountable");
        var opened = step(lead, "subtasks", agent, "{\"category\": \"electrical\", \"title\": \"更换进水的插座\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String sub = opened.json("$.id");
        assertThat(opened.<String>json("$.parentId")).isEqualTo(lead);
        assertThat(opened.<String>json("$.status")).isEqualTo("ACCEPTED");
        assertThat(http.get("/api/v1/tickets/" + lead + "/subtasks", agent).<List<String>>json("$[*].id"))
                .containsExactly(sub);

        assertProblem(step(lead, "resolve", plumber, "{\"result\": \"水管已换\"}"), 409, "open-sub-tasks");
        String electricianId = "tech-" + UUID.randomUUID();
        String electrician = TestTokens.staff(electricianId, "TECHNICIAN", COMMUNITY).token();
        ok(sub, "dispatch", agent, "{\"technicianId\": \"" + electricianId + "\"}");
        ok(sub, "take", electrician, "{}");
        ok(sub, "start", electrician, "{}");
        ok(sub, "resolve", electrician, "{\"result\": \"插座已更换\"}");
        ok(lead, "resolve", plumber, "{\"result\": \"水管已换，插座已由电工更换\"}");

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            assertThat(tap.awaitOne(WorkOrderCreated.class, e -> e.aggregateId().equals(sub)).parentId()).isEqualTo(lead);
        }
    }

    @Test
    void theOwnerCancelsBeforeDispatchButNotAfter() {
        String early = report();
        assertThat(ok(early, "cancel", owner, "{}").<String>json("$.status")).isEqualTo("CANCELLED");

        String late = report();
        ok(late, "accept", agent, "{}");
        ok(late, "dispatch", agent, "{\"technicianId\": \"" + plumberId + "\"}");
        assertProblem(step(late, "cancel", owner, "{}"), 409, "illegal-transition");
    }
}
