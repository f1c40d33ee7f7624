package io.propertyops.security;

import static io.propertyops.security.DeactivationTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.events.Topics;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.TestHttp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * A tenant asks in the app to be bound to a unit, customer service of the community verifies it by the
 * owner's phone, and the unit reaches the tenant's account and the platform's read models; a foreign community's
 * staff never see the request.
 */
class UnitBindingsTest extends SecurityServiceTest {

    static final String OWNER_PHONE = "13800000001";
    static final String FOREIGN_COMMUNITY = "c0000000-0000-4000-8000-000000000999";

    @Autowired
    JwtEncoder encoder;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    TestHttp http = TestHttp.at(issuer());

    String admin() {
        return PkceLogin.against(server()).login(APP, REDIRECT_URI, "openid", "admin", DEMO_PASSWORD).accessToken();
    }

    String token(String subject, List<String> roles, List<String> communities) {
        return ServerTokens.mint(encoder, issuer(), Instant.now(), subject, roles, communities, List.of());
    }

    /** Opens a resident through the API, as a property manager's desk would. */
    String openResident(String phone, String name) {
        var opened = http.post("/api/v1/accounts", admin(), """
                {"name": "%s", "phone": "%s", "roles": [], "communityIds": []}""".formatted(name, phone));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.<List<String>>json("$.roles")).containsExactly("RESIDENT");
        return opened.json("$.id");
    }

    @Test
    void aTenantVerifiedByTheOwnersPhoneReachesTheUnitAndTheReadModelsAreTold() {
        String tenantId = openResident("13700000011", "陈晨");
        String tenant = token(tenantId, List.of("RESIDENT"), List.of());
        String agent = token("agent-" + UUID.randomUUID(), List.of("CUSTOMER_SERVICE"), List.of(COMMUNITY));
        String foreignAgent = token("agent-" + UUID.randomUUID(), List.of("CUSTOMER_SERVICE"), List.of(FOREIGN_COMMUNITY));

        var requested = http.post("/api/v1/me/unit-bindings", tenant, """
                {"communityId": "%s", "unitId": "%s", "relation": "TENANT", "ownerPhone": "%s", "note": "1502 租户"}"""
                .formatted(COMMUNITY, OWNER_UNIT, OWNER_PHONE));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.<String>json("$.status")).isEqualTo("PENDING");
        String bindingId = requested.json("$.id");
        assertProblem(http.post("/api/v1/me/unit-bindings", tenant, """
                {"communityId": "%s", "unitId": "%s", "relation": "TENANT", "ownerPhone": "%s"}"""
                .formatted(COMMUNITY, OWNER_UNIT, OWNER_PHONE)), 409, "binding-exists");
        assertThat(http.get("/api/v1/me/account", tenant).<List<String>>json("$.unitIds"))
                .as("a pending request grants nothing").isEmpty();

        assertThat(http.get("/api/v1/unit-bindings", foreignAgent).<List<?>>json("$")).isEmpty();
        assertProblem(http.post("/api/v1/unit-bindings/" + bindingId + "/approval", foreignAgent,
                "{\"verification\": \"OWNER_PHONE\"}"), 404, "not-found");

        var waiting = http.get("/api/v1/unit-bindings?communityId=" + COMMUNITY, agent);
        assertThat(waiting.<List<String>>json("$[*].binding.id")).contains(bindingId);
        assertThat(waiting.<List<Boolean>>json("$[?(@.binding.id == '" + bindingId + "')].ownerPhoneMatches"))
                .containsExactly(true);

        var approved = http.post("/api/v1/unit-bindings/" + bindingId + "/approval", agent,
                "{\"verification\": \"OWNER_PHONE\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.<String>json("$.binding.status")).isEqualTo("ACTIVE");
        var account = http.get("/api/v1/me/account", tenant);
        assertThat(account.<List<String>>json("$.unitIds")).containsExactly(OWNER_UNIT);
        assertThat(account.<List<String>>json("$.communityIds")).containsExactly(COMMUNITY);
        assertProblem(http.post("/api/v1/unit-bindings/" + bindingId + "/approval", agent,
                "{\"verification\": \"OWNER_PHONE\"}"), 409, "binding-decided");

        var revoked = http.post("/api/v1/unit-bindings/" + bindingId + "/revocation", agent,
                "{\"reason\": \"租约到期 lease ended\"}");
        assertThat(revoked.<String>json("$.binding.status")).isEqualTo("ENDED");
        assertThat(http.get("/api/v1/me/account", tenant).<List<String>>json("$.unitIds")).isEmpty();

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.SECURITY)) {
            ResidentBound bound = tap.awaitOne(ResidentBound.class, event -> event.aggregateId().equals(tenantId));
            assertThat(bound.unitIds()).containsExactly(OWNER_UNIT);
            assertThat(bound.verification()).isEqualTo("OWNER_PHONE");
            ResidentUnbound unbound = tap.awaitOne(ResidentUnbound.class, event -> event.aggregateId().equals(tenantId));
            assertThat(unbound.unitIds()).isEmpty();
        }
        assertThat(mongo.count(Query.query(Criteria.where("accountId").is(tenantId)
                .and("action").in("BINDING_REQUESTED", "BINDING_APPROVED", "BINDING_ENDED")), "audit_log")).isEqualTo(3);
    }

    @Test
    void aPhoneThatIsNotTheOwnersIsRefusedAndTheRequestStaysWaiting() {
        String personId = openResident("13700000012", "林琳");
        String person = token(personId, List.of("RESIDENT"), List.of());
        String agent = token("agent-" + UUID.randomUUID(), List.of("CUSTOMER_SERVICE"), List.of(COMMUNITY));
        String bindingId = http.post("/api/v1/me/unit-bindings", person, """
                {"communityId": "%s", "unitId": "%s", "relation": "FAMILY", "ownerPhone": "13000000000"}"""
                .formatted(COMMUNITY, OWNER_UNIT)).json("$.id");

        assertProblem(http.post("/api/v1/unit-bindings/" + bindingId + "/approval", agent,
                "{\"verification\": \"OWNER_PHONE\"}"), 422, "invalid-account");
        assertProblem(http.post("/api/v1/unit-bindings/" + bindingId + "/approval", agent,
                "{\"verification\": \"DOCUMENTS\"}"), 422, "invalid-account");
        assertThat(http.get("/api/v1/me/unit-bindings", person).<List<String>>json("$[*].status"))
                .containsExactly("PENDING");

        var rejected = http.post("/api/v1/unit-bindings/" + bindingId + "/rejection", agent,
                "{\"reason\": \"户主电话不符\"}");
        assertThat(rejected.<String>json("$.binding.status")).isEqualTo("REJECTED");
        assertThat(http.get("/api/v1/me/account", person).<List<String>>json("$.unitIds")).isEmpty();
    }

    @Test
    void badBindingRequestsAreProblemsAndWriteNothing() {
        String personId = openResident("13700000013", "王芳");
        String person = token(personId, List.of("RESIDENT"), List.of());

        assertProblem(http.post("/api/v1/me/unit-bindings", person, """
                {"communityId": "%s", "unitId": "%s", "relation": "LANDLORD"}""".formatted(COMMUNITY, OWNER_UNIT)),
                400, "malformed-request");
        assertProblem(http.post("/api/v1/me/unit-bindings", person, """
                {"communityId": "%s", "unitId": "%s", "relation": "TENANT"}""".formatted(COMMUNITY, OWNER_UNIT)),
                422, "invalid-account");
        assertProblem(http.post("/api/v1/me/unit-bindings", person, "{\"relation\": \"OWNER\"}"), 400, "validation-failed");
        assertThat(http.get("/api/v1/me/unit-bindings", person).<List<?>>json("$")).isEmpty();
    }
}
