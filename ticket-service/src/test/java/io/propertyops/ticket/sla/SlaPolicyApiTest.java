package io.propertyops.ticket.sla;

import io.propertyops.ticket.sla.application.SlaPolicies;

import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff read and set their community's SLA policy and calendar; work orders then get deadlines from it. */
@ServiceTest
class SlaPolicyApiTest {

    /** A valid policy whose desk also opens on Saturday mornings; every duration in it is distinct, to edit by text. */
    static final String SATURDAY_DESK = """
            {"calendar": {"zone": "Asia/Shanghai",
                          "weeklyHours": {"MONDAY": {"opens": "08:30", "closes": "17:30"},
                                          "TUESDAY": {"opens": "08:30", "closes": "17:30"},
                                          "WEDNESDAY": {"opens": "08:30", "closes": "17:30"},
                                          "THURSDAY": {"opens": "08:30", "closes": "17:30"},
                                          "FRIDAY": {"opens": "08:30", "closes": "17:30"},
                                          "SATURDAY": {"opens": "09:00", "closes": "12:00"}},
                          "holidays": ["2026-10-01", "2026-10-02"], "makeUpDays": ["2026-10-10"],
                          "makeUpDayHours": {"opens": "08:30", "closes": "17:30"}},
             "rules": [
              {"urgency": "EMERGENCY", "response": {"counting": "ELAPSED", "within": "PT10M"},
               "arrival": {"counting": "ELAPSED", "within": "PT30M"}, "resolution": {"counting": "ELAPSED", "within": "PT4H"},
               "reply": {"counting": "ELAPSED", "within": "PT50M"}},
              {"urgency": "URGENT", "response": {"counting": "WORKING_TIME", "within": "PT30M"},
               "arrival": {"counting": "WORKING_TIME", "within": "PT2H"}, "resolution": {"counting": "WORKING_TIME", "within": "PT9H"}},
              {"urgency": "NORMAL", "response": {"counting": "WORKING_TIME", "within": "PT1H"},
               "arrival": {"counting": "END_OF_NEXT_WORKING_DAY"}, "resolution": {"counting": "WORKING_TIME", "within": "PT27H"},
               "reply": {"counting": "WORKING_TIME", "within": "PT8H"}},
              {"urgency": "LOW", "response": {"counting": "WORKING_TIME", "within": "PT7H"},
               "resolution": {"counting": "WORKING_TIME", "within": "PT63H"}}]}
            """;

    @Autowired
    TestHttp http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SlaPolicies policies;

    static String community() {
        return "community-" + UUID.randomUUID();
    }

    static String staff(String role, String community) {
        return TestTokens.staff(role.toLowerCase() + "-" + UUID.randomUUID(), role, community).token();
    }

    TestHttp.Response put(String community, String token, String body, String... headers) {
        HttpRequest.Builder request = http.request("/api/v1/sla-policies/" + community, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request);
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo(code);
    }

    boolean stored(String community) {
        return mongo.exists(Query.query(Criteria.where("_id").is(community)), "sla_policies");
    }

    @Test
    void staffReadThePlatformDefaultsUntilTheirCommunitySetsItsOwn() {
        String community = community();
        var response = http.get("/api/v1/sla-policies/" + community, staff("CUSTOMER_SERVICE", community));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).isNull();
        assertThat(response.<Boolean>json("$.usingDefaults")).isTrue();
        assertThat(response.<String>json("$.communityId")).isEqualTo(community);
        assertThat(response.<String>json("$.calendar.zone")).isEqualTo("Asia/Shanghai");
        assertThat(response.<String>json("$.calendar.weeklyHours.MONDAY.opens")).isEqualTo("08:30");
        assertThat(response.<Map<String, Object>>json("$.calendar.weeklyHours")).doesNotContainKeys("SATURDAY", "SUNDAY");
        assertThat(response.<List<String>>json("$.calendar.holidays")).contains("2026-10-01", "2026-02-15");
        assertThat(response.<List<String>>json("$.calendar.makeUpDays")).contains("2026-10-10");
        assertThat(response.<List<String>>json("$.rules[?(@.urgency == 'EMERGENCY' && @.category == 'plumbing')].arrival.within"))
                .containsExactly("PT30M");
        assertThat(stored(community)).isFalse();
    }

    @Test
    void aChangedPolicyIsInForceAtOnceThoughTheOldOneWasCached() {
        String community = community();
        var saturdayMorning = LocalDateTime.parse("2026-11-28T10:00").atZone(ZoneId.of("Asia/Shanghai"));
        var before = policies.deadlinesFor(community, WorkOrderKind.REPAIR, "plumbing", Urgency.NORMAL,
                saturdayMorning.toInstant());
        assertThat(before.due(DeadlineKind.RESPONSE)).isNotEqualTo(java.util.Optional.of(saturdayMorning.plusHours(1).toInstant()));

        assertThat(put(community, TestTokens.staff("pm-" + UUID.randomUUID(), "PROPERTY_MANAGER", community).token(),
                SATURDAY_DESK).status()).isEqualTo(200);

        var after = policies.deadlinesFor(community, WorkOrderKind.REPAIR, "plumbing", Urgency.NORMAL,
                saturdayMorning.toInstant());
        assertThat(after.due(DeadlineKind.RESPONSE)).contains(saturdayMorning.plusHours(1).toInstant());
    }

    @Test
    void aPropertyManagerSetsThePolicyAndNewDeadlinesFollowIt() {
        String community = community();
        String manager = "pm-" + UUID.randomUUID();
        var response = put(community, TestTokens.staff(manager, "PROPERTY_MANAGER", community).token(), SATURDAY_DESK);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        assertThat(response.<Boolean>json("$.usingDefaults")).isFalse();
        assertThat(response.<String>json("$.updatedBy")).isEqualTo(manager);
        assertThat(stored(community)).isTrue();

        var read = http.get("/api/v1/sla-policies/" + community, staff("SUPERVISOR", community));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.<String>json("$.calendar.weeklyHours.SATURDAY.closes")).isEqualTo("12:00");
        assertThat(read.<List<String>>json("$.rules[?(@.urgency == 'NORMAL')].arrival.counting"))
                .containsExactly("END_OF_NEXT_WORKING_DAY");

        var saturdayMorning = LocalDateTime.parse("2026-11-28T10:00").atZone(ZoneId.of("Asia/Shanghai"));
        var deadlines = policies.deadlinesFor(community, WorkOrderKind.REPAIR, "plumbing", Urgency.NORMAL,
                saturdayMorning.toInstant());
        assertThat(deadlines.due(DeadlineKind.RESPONSE)).contains(saturdayMorning.plusHours(1).toInstant());
    }

    @Test
    void aChangeToAVersionSomeoneElseReplacedIsAConflictAndChangesNothing() {
        String community = community();
        String manager = staff("PROPERTY_MANAGER", community);
        assertThat(put(community, manager, SATURDAY_DESK).status()).isEqualTo(200);
        var second = put(community, staff("ADMIN", community), SATURDAY_DESK.replace("PT10M", "PT5M"), "If-Match", "\"0\"");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.header("ETag")).isEqualTo("\"1\"");

        assertProblem(put(community, manager, SATURDAY_DESK.replace("PT10M", "PT20M"), "If-Match", "\"0\""), 409, "concurrent-update");

        var read = http.get("/api/v1/sla-policies/" + community, manager);
        assertThat(read.<List<String>>json("$.rules[?(@.urgency == 'EMERGENCY')].response.within")).containsExactly("PT5M");
    }

    @Test
    void staffOfAnotherCommunityFindNoPolicyToReadOrChangeWhateverTheySend() {
        String community = community();
        String elsewhere = community();

        assertProblem(http.get("/api/v1/sla-policies/" + community, staff("ADMIN", elsewhere)), 404, "not-found");
        assertProblem(put(community, staff("PROPERTY_MANAGER", elsewhere), SATURDAY_DESK), 404, "not-found");
        assertProblem(put(community, staff("PROPERTY_MANAGER", elsewhere), "{}"), 404, "not-found");
        assertThat(stored(community)).isFalse();
    }

    @Test
    void supervisorsAndCustomerServiceReadButDoNotChangeThePolicy() {
        String community = community();

        assertProblem(put(community, staff("SUPERVISOR", community), SATURDAY_DESK), 403, "forbidden");
        assertProblem(put(community, staff("CUSTOMER_SERVICE", community), SATURDAY_DESK), 403, "forbidden");
        assertThat(stored(community)).isFalse();
    }

    @Test
    void unreadableDurationsAndTimesAreBadRequests() {
        String community = community();
        String manager = staff("PROPERTY_MANAGER", community);

        assertProblem(put(community, manager, SATURDAY_DESK.replace("\"PT27H\"", "\"3 working days\"")), 400, "malformed-request");
        assertProblem(put(community, manager, SATURDAY_DESK.replace("\"09:00\"", "\"9h\"")), 400, "malformed-request");
        assertProblem(put(community, manager, SATURDAY_DESK.replace("\"2026-10-01\"", "\"2026-13-01\"")), 400, "malformed-request");
        assertThat(stored(community)).isFalse();
    }

    @Test
    void missingPartsAreListedInTheProblem() {
        String community = community();
        var response = put(community, staff("ADMIN", community), "{\"rules\": [{\"urgency\": \"LOW\"}]}");

        assertProblem(response, 400, "validation-failed");
        assertThat(response.<List<String>>json("$.errors[*].field")).contains("calendar", "rules[0].response");
        assertThat(stored(community)).isFalse();
    }

    @Test
    void valuesThePolicyRefusesAreNamedWhereTheyAre() {
        String community = community();
        String manager = staff("PROPERTY_MANAGER", community);

        var backwards = put(community, manager, SATURDAY_DESK.replace(
                "\"MONDAY\": {\"opens\": \"08:30\", \"closes\": \"17:30\"}", "\"MONDAY\": {\"opens\": \"17:30\", \"closes\": \"08:30\"}"));
        assertProblem(backwards, 422, "invalid-working-hours");
        assertThat(backwards.<String>json("$.errors[0].field")).isEqualTo("calendar.weeklyHours.MONDAY.closes");

        var noTime = put(community, manager, SATURDAY_DESK.replace(
                "{\"counting\": \"END_OF_NEXT_WORKING_DAY\"}", "{\"counting\": \"WORKING_TIME\", \"within\": \"PT0S\"}"));
        assertProblem(noTime, 422, "invalid-allowance");
        assertThat(noTime.<String>json("$.errors[0].field")).isEqualTo("rules[2].arrival.within");

        var noLowDefault = put(community, manager, SATURDAY_DESK.replace("\"urgency\": \"LOW\"", "\"urgency\": \"LOW\", \"category\": \"plumbing\""));
        assertProblem(noLowDefault, 422, "missing-default-rule");

        var mars = put(community, manager, SATURDAY_DESK.replace("Asia/Shanghai", "Mars/Olympus"));
        assertProblem(mars, 422, "invalid-zone");
        assertThat(mars.<String>json("$.errors[0].field")).isEqualTo("calendar.zone");

        assertThat(stored(community)).isFalse();
    }
}
