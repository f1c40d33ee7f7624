package io.propertyops.security;

import static io.propertyops.security.DeactivationTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.TestHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * A property manager opens a technician's account; the technician signs in with the initial password, comes on
 * duty and changes their contact details; a supervisor sets their skills; the manager grants them another role.
 * Each change reaches the platform as its event. Managers cannot reach beyond their communities or grant
 * administration.
 */
class StaffAdministrationTest extends SecurityServiceTest {

    static final String STRONG_PASSWORD = "Lakeside-Pump-2026!";

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    TestHttp http = TestHttp.at(issuer());

    static String login(String username, String password) {
        return PkceLogin.against(server()).login(APP, REDIRECT_URI, "openid", username, password).accessToken();
    }

    String openManager() {
        var opened = http.post("/api/v1/accounts", login("admin", DEMO_PASSWORD), """
                {"username": "huangjg", "name": "黄建国", "phone": "13900000020", "roles": ["PROPERTY_MANAGER"],
                 "communityIds": ["%s"], "initialPassword": "%s"}""".formatted(COMMUNITY, STRONG_PASSWORD));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return login("huangjg", STRONG_PASSWORD);
    }

    @Test
    void aManagerOpensATechnicianWhoComesOnDutyAndEveryChangeIsAnnounced() {
        String manager = openManager();

        var opened = http.post("/api/v1/accounts", manager, """
                {"username": "liming", "name": "李明", "phone": "13900000021", "roles": ["TECHNICIAN"],
                 "communityIds": ["%s"], "skills": ["plumbing"], "initialPassword": "%s"}"""
                .formatted(COMMUNITY, STRONG_PASSWORD));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String technicianId = opened.json("$.id");
        assertThat(opened.<Boolean>json("$.onDuty")).isFalse();

        String technician = login("liming", STRONG_PASSWORD);
        assertThat(put("/api/v1/me/account/duty", technician, "{\"onDuty\": true}").<Boolean>json("$.onDuty")).isTrue();
        assertThat(put("/api/v1/me/account/contact", technician, "{\"name\": \"李明\", \"email\": \"liming@example.com\"}")
                .<String>json("$.email")).isEqualTo("liming@example.com");
        assertThat(put("/api/v1/accounts/" + technicianId + "/skills", manager, "{\"skills\": [\"plumbing\", \"electrical\"]}")
                .<List<String>>json("$.skills")).containsExactly("plumbing", "electrical");
        assertThat(put("/api/v1/accounts/" + technicianId + "/roles", manager,
                "{\"roles\": [\"TECHNICIAN\", \"SUPERVISOR\"], \"communityIds\": [\"" + COMMUNITY + "\"]}")
                .<List<String>>json("$.roles")).containsExactly("TECHNICIAN", "SUPERVISOR");
        assertThat(http.get("/api/v1/accounts?communityId=" + COMMUNITY + "&role=TECHNICIAN", manager)
                .<List<String>>json("$[*].username")).contains("liming", "zhouqiang");

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.SECURITY)) {
            assertThat(tap.awaitOne(PersonRegistered.class, e -> e.aggregateId().equals(technicianId)).skills())
                    .containsExactly("plumbing");
            assertThat(tap.awaitOne(StaffOnDutyChanged.class, e -> e.aggregateId().equals(technicianId)).changedBy())
                    .isEqualTo(technicianId);
            assertThat(tap.awaitOne(PersonUpdated.class, e -> e.aggregateId().equals(technicianId)).email())
                    .isEqualTo("liming@example.com");
            assertThat(tap.awaitOne(StaffSkillsChanged.class, e -> e.aggregateId().equals(technicianId)).skills())
                    .containsExactly("plumbing", "electrical");
            assertThat(tap.awaitOne(StaffRolesChanged.class, e -> e.aggregateId().equals(technicianId)).roles())
                    .containsExactly("TECHNICIAN", "SUPERVISOR");
        }
    }

    @Test
    void aManagerCannotGrantAdministrationOrReachAnotherCommunity() {
        String admin = login("admin", DEMO_PASSWORD);
        var opened = http.post("/api/v1/accounts", admin, """
                {"username": "managerb", "name": "钱七", "roles": ["PROPERTY_MANAGER"],
                 "communityIds": ["%s"], "initialPassword": "%s"}""".formatted(COMMUNITY, STRONG_PASSWORD));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String managerB = login("managerb", STRONG_PASSWORD);

        assertProblem(http.post("/api/v1/accounts", managerB, """
                {"username": "sneaky", "name": "某人", "roles": ["ADMIN"], "communityIds": ["%s"],
                 "initialPassword": "%s"}""".formatted(COMMUNITY, STRONG_PASSWORD)), 422, "invalid-account");
        assertProblem(http.post("/api/v1/accounts", managerB, """
                {"username": "elsewhere", "name": "某人", "roles": ["TECHNICIAN"], "communityIds": ["c-foreign"],
                 "initialPassword": "%s"}""".formatted(STRONG_PASSWORD)), 422, "invalid-account");
        assertProblem(put("/api/v1/accounts/" + TECHNICIAN_ID + "/roles", managerB,
                "{\"roles\": [\"TECHNICIAN\"], \"communityIds\": [\"c-foreign\"]}"), 422, "invalid-account");
        assertProblem(http.post("/api/v1/accounts", managerB, """
                {"username": "weakpw", "name": "某人", "roles": ["CLEANER"], "communityIds": ["%s"],
                 "initialPassword": "password123"}""".formatted(COMMUNITY)), 422, "invalid-account");
        assertProblem(http.post("/api/v1/accounts", managerB, """
                {"username": "managerb", "name": "重名", "roles": ["CLEANER"], "communityIds": ["%s"],
                 "initialPassword": "%s"}""".formatted(COMMUNITY, STRONG_PASSWORD)), 409, "username-taken");
        assertProblem(http.post("/api/v1/accounts/p0000000-0000-4000-8000-000000000009/deactivation", managerB,
                "{\"reason\": \"coup\"}"), 404, "not-found");
        String elsewhere = http.post("/api/v1/accounts", admin, """
                {"username": "elsewhere", "name": "外区", "roles": ["CLEANER"], "communityIds": ["c-foreign"],
                 "initialPassword": "%s"}""".formatted(STRONG_PASSWORD)).json("$.id");
        assertProblem(http.get("/api/v1/accounts/" + elsewhere, managerB), 404, "not-found");
        assertThat(http.get("/api/v1/accounts?communityId=c-foreign", managerB).<List<?>>json("$")).isEmpty();
    }

    TestHttp.Response put(String path, String token, String json) {
        return http.send(http.request(path, token).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }
}
