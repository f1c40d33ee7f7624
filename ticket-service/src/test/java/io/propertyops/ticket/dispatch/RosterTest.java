package io.propertyops.ticket.dispatch;

import io.propertyops.ticket.dispatch.application.DispatchRoster;

import io.propertyops.events.DomainEvent;
import io.propertyops.testsupport.People;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import io.propertyops.ticket.dispatch.domain.Technician;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The roster is built from security-service's staff events on the real broker, and shown to a community's staff. */
@ServiceTest
class RosterTest {

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DispatchRoster roster;

    final String community = "community-" + UUID.randomUUID();
    final Instant start = Instant.now();

    void publish(DomainEvent... events) throws Exception {
        EventPublishing.publish(kafka, events);
    }

    /** Waits until the person's entry shows this event as the last one applied. */
    void awaitApplied(DomainEvent event) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                .is(event.aggregateId()).and("lastEventId").is(event.eventId())), "roster"));
    }

    PersonRegistered registered(String name, List<String> roles, boolean onDuty, String... skills) {
        return People.staff(name, roles.getFirst(), community).roles(roles.toArray(String[]::new)).skills(skills)
                .onDuty(onDuty).at(start).registered();
    }

    PersonRegistered plumberOnDuty(String name) {
        return registered(name, List.of("TECHNICIAN"), true, "plumbing");
    }

    StaffSkillsChanged skills(PersonRegistered person, int secondsLater, String... skills) {
        return People.of(person).at(start.plusSeconds(secondsLater)).skillsChanged(skills);
    }

    StaffRolesChanged roles(PersonRegistered person, int secondsLater, String... roles) {
        return People.of(person).at(start.plusSeconds(secondsLater)).rolesChanged(roles);
    }

    TestHttp.Response rosterAs(String role, String communityId) {
        return http.get("/api/v1/roster?communityId=" + communityId,
                TestTokens.staff("staff-" + UUID.randomUUID(), role, community).token());
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo(code);
    }

    @Test
    void aQueryOrPathTheServerCannotDecodeIsABadRequestProblemNotAServerError() {
        assertProblem(rosterAs("CUSTOMER_SERVICE", "%FF"), 400, "invalid-parameter");
        assertProblem(http.get("/api/v1/tickets/.%2e/subtasks", TestTokens.staff("cs-1", "CUSTOMER_SERVICE", community).token()),
                400, "bad-request");
    }

    String chosenPlumber() {
        return roster.choose(community, "plumbing").map(Technician::name).orElse(null);
    }

    @Test
    void publishedTechniciansMakeUpTheirCommunitysRoster() throws Exception {
        PersonRegistered wang = plumberOnDuty("王建国");
        PersonRegistered li = registered("李强", List.of("TECHNICIAN"), false, "electrical", "hvac");
        PersonRegistered agent = registered("赵敏", List.of("CUSTOMER_SERVICE"), true);
        PersonRegistered elsewhere = People.staff("孙亮", "TECHNICIAN", "community-other").skills("plumbing").at(start)
                .registered();
        publish(wang, li, agent, elsewhere);
        List.of(wang, li, agent, elsewhere).forEach(this::awaitApplied);

        var response = rosterAs("CUSTOMER_SERVICE", community);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<String>json("$.communityId")).isEqualTo(community);
        assertThat(response.<List<String>>json("$.technicians[*].name")).containsExactly("李强", "王建国");
        assertThat(response.<List<String>>json("$.technicians[0].skills")).containsExactly("electrical", "hvac");
        assertThat(response.<Boolean>json("$.technicians[0].onDuty")).isFalse();
        assertThat(response.<String>json("$.technicians[1].id")).isEqualTo(wang.aggregateId());
        assertThat(response.<Boolean>json("$.technicians[1].onDuty")).isTrue();
        assertThat(response.<Integer>json("$.technicians[1].openWork")).isZero();
        for (String role : List.of("SUPERVISOR", "PROPERTY_MANAGER", "ADMIN")) {
            assertThat(rosterAs(role, community).<List<String>>json("$.technicians[*].name")).containsExactly("李强", "王建国");
        }
        assertThat(roster.technician(agent.aggregateId())).isEmpty();
    }

    @Test
    void aRedeliveredRegistrationDoesNotUndoLaterSkills() throws Exception {
        PersonRegistered wang = plumberOnDuty("王建国");
        PersonUpdated renamed = new PersonUpdated(UUID.randomUUID().toString(), wang.aggregateId(),
                start.plusSeconds(120), "王建国师傅", wang.phone(), null);
        publish(wang, skills(wang, 60, "plumbing", "electrical"), wang, renamed);
        // one person's events share a partition: once the later rename is applied, the redelivery has been handled
        awaitApplied(renamed);

        Technician technician = roster.technician(wang.aggregateId()).orElseThrow();
        assertThat(technician.skills()).containsExactlyInAnyOrder("plumbing", "electrical");
        assertThat(technician.name()).isEqualTo("王建国师傅");
        assertThat(roster.choose(community, "electrical")).map(Technician::id).contains(wang.aggregateId());
    }

    @Test
    void aDeactivatedTechnicianLeavesTheRosterAndIsNeverChosen() throws Exception {
        PersonRegistered stays = plumberOnDuty("王建国");
        PersonRegistered leaves = plumberOnDuty("李强");
        PersonDeactivated deactivation = new PersonDeactivated(UUID.randomUUID().toString(), leaves.aggregateId(),
                start.plusSeconds(60), "manager-1", "离职");
        publish(stays, leaves, deactivation);
        awaitApplied(stays);
        awaitApplied(deactivation);
        roster.assigned(stays.aggregateId(), "wo-" + UUID.randomUUID());

        assertThat(rosterAs("SUPERVISOR", community).<List<String>>json("$.technicians[*].name")).containsExactly("王建国");
        assertThat(roster.technician(leaves.aggregateId())).isEmpty();
        assertThat(chosenPlumber()).as("the busier one who stays, not the idle one who left").isEqualTo("王建国");
    }

    @Test
    void staffGivenTheTechnicianRoleJoinWithTheirNameAndDutyAndLeaveWhenItIsTakenAway() throws Exception {
        PersonRegistered zhao = registered("赵敏", List.of("CUSTOMER_SERVICE"), true);
        StaffSkillsChanged trade = skills(zhao, 120, "plumbing");
        publish(zhao, roles(zhao, 60, "CUSTOMER_SERVICE", "TECHNICIAN"), trade);
        awaitApplied(trade);

        assertThat(chosenPlumber()).isEqualTo("赵敏");
        assertThat(rosterAs("CUSTOMER_SERVICE", community).<Boolean>json("$.technicians[0].onDuty")).isTrue();

        StaffRolesChanged demoted = roles(zhao, 240, "CUSTOMER_SERVICE");
        publish(skills(zhao, 180), demoted);
        awaitApplied(demoted);

        assertThat(rosterAs("CUSTOMER_SERVICE", community).<List<String>>json("$.technicians")).isEmpty();
        assertThat(chosenPlumber()).isNull();
    }

    @Test
    void aTechnicianGoingOffDutyIsNotChosenUntilBackOnDuty() throws Exception {
        PersonRegistered wang = plumberOnDuty("王建国");
        StaffOnDutyChanged offDuty = People.of(wang).at(start.plusSeconds(60)).onDutyChanged(false);
        publish(wang, offDuty);
        awaitApplied(offDuty);

        assertThat(chosenPlumber()).isNull();
        assertThat(rosterAs("CUSTOMER_SERVICE", community).<Boolean>json("$.technicians[0].onDuty")).isFalse();

        StaffOnDutyChanged back = People.of(wang).at(start.plusSeconds(120)).onDutyChanged(true);
        publish(back);
        awaitApplied(back);
        assertThat(chosenPlumber()).isEqualTo("王建国");
    }

    @Test
    void openWorkCountsEachWorkOrderOnceAndSteersTheNextChoice() throws Exception {
        PersonRegistered wang = plumberOnDuty("王建国");
        PersonRegistered li = plumberOnDuty("李强");
        publish(wang, li);
        awaitApplied(wang);
        awaitApplied(li);

        roster.assigned(wang.aggregateId(), "wo-1");
        roster.assigned(wang.aggregateId(), "wo-1");
        assertThat(chosenPlumber()).isEqualTo("李强");

        roster.assigned(li.aggregateId(), "wo-2");
        roster.assigned(li.aggregateId(), "wo-3");
        var response = rosterAs("CUSTOMER_SERVICE", community);
        assertThat(response.<List<Integer>>json("$.technicians[*].openWork")).containsExactly(2, 1);
        assertThat(chosenPlumber()).isEqualTo("王建国");

        roster.released(li.aggregateId(), "wo-2");
        roster.released(li.aggregateId(), "wo-2");
        roster.released(li.aggregateId(), "wo-unknown");
        assertThat(roster.technician(li.aggregateId())).map(Technician::openWork).contains(1);
        assertThat(chosenPlumber()).as("equal load: the one assigned longer ago").isEqualTo("王建国");
    }

    @Test
    void workAssignedBeforeTheRosterHearsOfTheTechnicianStillCounts() throws Exception {
        PersonRegistered newcomer = plumberOnDuty("周杰");
        roster.assigned(newcomer.aggregateId(), "wo-early");

        publish(newcomer);
        awaitApplied(newcomer);

        Technician technician = roster.technician(newcomer.aggregateId()).orElseThrow();
        assertThat(technician.name()).isEqualTo("周杰");
        assertThat(technician.openWork()).isEqualTo(1);
        assertThat(technician.lastAssignedAt()).isNotNull();
    }

    @Test
    void declaresTheIndexACommunitysRosterIsReadBy() {
        // the embedded store ignores it, real MongoDB needs it: the declaration is what can be checked here
        assertThat(mongo.indexOps("roster").getIndexInfo())
                .anyMatch(index -> index.getName().equals("technician_in") && index.isIndexForFields(List.of("technicianIn")));
    }

    @Test
    void staffSeeOnlyTheRostersOfTheirOwnCommunities() {
        assertProblem(rosterAs("PROPERTY_MANAGER", "community-" + UUID.randomUUID()), 404, "not-found");
        assertProblem(rosterAs("TECHNICIAN", community), 403, "forbidden");
        assertProblem(http.get("/api/v1/roster", TestTokens.staff("cs", "CUSTOMER_SERVICE", community).token()),
                400, "bad-request");
    }
}
