package io.propertyops.ticket.workorder;

import io.propertyops.ticket.workorder.application.TicketScopes;

import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.UUID;

import static io.propertyops.ticket.workorder.WorkOrderIntakeTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Integration clients (client-credentials tokens) report for owners and read work orders, within their communities. */
@ServiceTest
class IntegrationWorkOrdersTest {

    static final String COMMUNITY = "community-cuihu";
    static final String OTHER_COMMUNITY = "community-elsewhere";

    @Autowired
    TestHttp http;
    @Autowired
    MongoTemplate mongo;

    static String client() {
        return "crm-" + UUID.randomUUID();
    }

    static String client(String clientId, String community, String... scopes) {
        return TestTokens.integration(clientId, community).scopes(scopes).token();
    }

    static String leakReportedForOwner(String communityId) {
        return """
                {"communityId": "%s", "unitId": "unit-301", "reporterName": "李娜", "reporterPhone": "+86 138 0013 8000",
                 "kind": "REPAIR", "category": "plumbing", "urgency": "NORMAL", "title": "卫生间下水慢"}
                """.formatted(communityId);
    }

    long workOrdersReportedBy(String reporterId) {
        return mongo.count(Query.query(Criteria.where("reporterId").is(reporterId)), "work_orders");
    }

    String reportedByAnOwner(String communityId) {
        String body = """
                {"unitId": "unit-9", "kind": "REPAIR", "category": "electrical", "urgency": "URGENT", "title": "客厅跳闸"}""";
        var created = http.post("/api/v1/tickets", TestTokens.owner("owner-" + UUID.randomUUID(), communityId, "unit-9").token(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    @Test
    void aClientWithTheWriteScopeReportsForAnOwnerInItsCommunity() {
        String crm = client();
        var response = http.post("/api/v1/tickets", client(crm, COMMUNITY, TicketScopes.WRITE), leakReportedForOwner(COMMUNITY));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.<String>json("$.channel")).isEqualTo("API");
        assertThat(response.<String>json("$.communityId")).isEqualTo(COMMUNITY);
        assertThat(response.<String>json("$.unitId")).isEqualTo("unit-301");
        assertThat(response.<String>json("$.reporterId")).isEqualTo(crm);
        assertThat(response.<String>json("$.reporterName")).isEqualTo("李娜");
        assertThat(response.<String>json("$.reporterPhone")).isEqualTo("+86 138 0013 8000");
        assertThat(workOrdersReportedBy(crm)).isEqualTo(1);
    }

    @Test
    void aClientWithoutTheWriteScopeIsForbiddenAndWritesNothing() {
        String crm = client();
        assertProblem(http.post("/api/v1/tickets", client(crm, COMMUNITY, TicketScopes.READ), leakReportedForOwner(COMMUNITY)), 403, "forbidden");
        assertProblem(http.post("/api/v1/tickets", client(crm, COMMUNITY), leakReportedForOwner(COMMUNITY)), 403, "forbidden");
        assertThat(workOrdersReportedBy(crm)).isZero();
    }

    @Test
    void aCommunityNotInTheClientsTokenIsNotFoundAndWritesNothing() {
        String crm = client();
        var response = http.post("/api/v1/tickets", client(crm, COMMUNITY, TicketScopes.WRITE), leakReportedForOwner(OTHER_COMMUNITY));

        assertProblem(response, 404, "not-found");
        assertThat(workOrdersReportedBy(crm)).isZero();
    }

    @Test
    void aClientMustSayWhichOwnerTheReportIsFor() {
        String crm = client();
        String token = client(crm, COMMUNITY, TicketScopes.WRITE);
        for (String field : new String[] {"communityId", "unitId", "reporterName", "reporterPhone"}) {
            String withoutField = leakReportedForOwner(COMMUNITY).replaceFirst("\"" + field + "\": \"[^\"]*\",", "");
            var response = http.post("/api/v1/tickets", token, withoutField);

            assertProblem(response, 422, "required-for-integration");
            assertThat(response.<String>json("$.errors[0].field")).isEqualTo(field);
        }
        assertThat(workOrdersReportedBy(crm)).isZero();
    }

    @Test
    void ownersCannotReportAsSomeoneElse() {
        String owner = "owner-" + UUID.randomUUID();
        var response = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "unit-301").token(),
                leakReportedForOwner(COMMUNITY));

        assertProblem(response, 422, "reporter-is-caller");
        assertThat(workOrdersReportedBy(owner)).isZero();
    }

    @Test
    void aClientWithTheReadScopeReadsWorkOrdersOfItsCommunitiesOnly() {
        String ours = reportedByAnOwner(COMMUNITY);
        String theirs = reportedByAnOwner(OTHER_COMMUNITY);
        String reader = client(client(), COMMUNITY, TicketScopes.READ);

        var read = http.get("/api/v1/tickets/" + ours, reader);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.<String>json("$.id")).isEqualTo(ours);
        assertProblem(http.get("/api/v1/tickets/" + theirs, reader), 404, "not-found");
    }

    @Test
    void aClientWithoutTheReadScopeIsForbiddenEvenForWhatItReported() {
        String crm = client();
        String writer = client(crm, COMMUNITY, TicketScopes.WRITE);
        String id = http.post("/api/v1/tickets", writer, leakReportedForOwner(COMMUNITY)).json("$.id");

        assertProblem(http.get("/api/v1/tickets/" + id, writer), 403, "forbidden");
        assertThat(http.get("/api/v1/tickets/" + id, client(crm, COMMUNITY, TicketScopes.READ)).status()).isEqualTo(200);
    }

    @Test
    void aClientNoLongerInTheCommunityCannotReadWhatItReported() {
        String crm = client();
        String id = http.post("/api/v1/tickets", client(crm, COMMUNITY, TicketScopes.WRITE), leakReportedForOwner(COMMUNITY)).json("$.id");

        assertProblem(http.get("/api/v1/tickets/" + id, client(crm, OTHER_COMMUNITY, TicketScopes.READ)), 404, "not-found");
    }

    @Test
    void clientsHaveNoOwnersList() {
        assertProblem(http.get("/api/v1/me/tickets", client(client(), COMMUNITY, TicketScopes.READ, TicketScopes.WRITE)), 403, "forbidden");
    }
}
