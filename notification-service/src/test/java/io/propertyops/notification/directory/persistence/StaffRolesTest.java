package io.propertyops.notification.directory.persistence;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.notification.directory.application.RecipientDirectory;
import io.propertyops.notification.directory.domain.CommunityRoles;
import io.propertyops.testsupport.ServiceTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/** Who holds a role in a community follows the directory: registrations, role and community changes, departures. */
@ServiceTest
class StaffRolesTest {

    @Autowired
    RecipientDirectory directory;
    @Autowired
    MongoStaffRoles staff;
    @Autowired
    MongoTemplate mongo;

    final String east = "community-east-" + UUID.randomUUID();
    final String west = "community-west-" + UUID.randomUUID();
    final Instant t0 = Instant.parse("2026-12-01T08:00:00Z");

    PersonRegistered agent(String... communities) {
        return new PersonRegistered(id(), "staff-" + UUID.randomUUID(), t0, "赵敏", "13900139001", null,
                List.of("CUSTOMER_SERVICE"), List.of(communities), List.of(), List.of(), false);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRegisteredAgentIsListedInEachOfTheirCommunitiesButOwnersAreNot() {
        PersonRegistered agent = agent(east, west);
        directory.register(agent);
        directory.register(new PersonRegistered(id(), "owner-" + UUID.randomUUID(), t0, "张伟", null, null,
                List.of("OWNER"), List.of(east), List.of("unit-1"), List.of(), false));

        assertThat(staff.members("CUSTOMER_SERVICE", east)).containsExactly(agent.aggregateId());
        assertThat(staff.members("CUSTOMER_SERVICE", west)).containsExactly(agent.aggregateId());
        assertThat(staff.members("OWNER", east)).isEmpty();
    }

    @Test
    void anAgentFollowsTheirRolesAndCommunitiesAndAnOlderEventMovesNothingBack() {
        PersonRegistered agent = agent(east);
        directory.register(agent);
        directory.changeRoles(new StaffRolesChanged(id(), agent.aggregateId(), t0.plusSeconds(60), "manager-1",
                List.of("SUPERVISOR"), List.of(west)));
        directory.register(agent); // redelivered: older than the change

        assertThat(staff.members("CUSTOMER_SERVICE", east)).isEmpty();
        assertThat(staff.members("SUPERVISOR", west)).containsExactly(agent.aggregateId());

        directory.bind(new ResidentBound(id(), agent.aggregateId(), t0.plusSeconds(120), "binding-1", "unit-9", east,
                "OWNER", "manager-1", "DOCUMENTS", List.of("SUPERVISOR", "OWNER"), List.of(west, east), List.of("unit-9")));
        assertThat(staff.members("SUPERVISOR", east)).containsExactly(agent.aggregateId());
        assertThat(staff.members("OWNER", east)).isEmpty();
    }

    @Test
    void aDeactivatedAgentLeavesEveryListAndALateRegistrationDoesNotBringThemBack() {
        PersonRegistered stays = agent(east);
        PersonRegistered leaves = agent(east);
        directory.register(stays);
        directory.register(leaves);

        directory.deactivate(new PersonDeactivated(id(), leaves.aggregateId(), t0.plusSeconds(60), "manager-1", "离职"));
        directory.register(leaves);

        assertThat(staff.members("CUSTOMER_SERVICE", east)).containsExactly(stays.aggregateId());
    }

    @Test
    void theListsAreBuiltAgainFromTheDirectory() {
        PersonRegistered agent = agent(east, west);
        directory.register(agent);
        mongo.dropCollection("staff_roles");

        staff.afterSingletonsInstantiated();

        assertThat(staff.members("CUSTOMER_SERVICE", east)).containsExactly(agent.aggregateId());
        assertThat(staff.members("CUSTOMER_SERVICE", west)).containsExactly(agent.aggregateId());
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(agent.aggregateId())), "recipients")).isTrue();
    }

    @Test
    void aUnitListsItsActiveOwnersAndResidentsAsTheyAreBoundAndUnbound() {
        String unit = "unit-" + UUID.randomUUID();
        String key = CommunityRoles.unitKey(unit);
        PersonRegistered owner = new PersonRegistered(id(), "owner-" + UUID.randomUUID(), t0, "张伟", null, null,
                List.of("OWNER"), List.of(east), List.of(unit), List.of(), false);
        PersonRegistered tenant = new PersonRegistered(id(), "tenant-" + UUID.randomUUID(), t0, "李娜", null, null,
                List.of(), List.of(), List.of(), List.of(), false);
        directory.register(owner);
        directory.register(tenant);
        directory.bind(new ResidentBound(id(), tenant.aggregateId(), t0.plusSeconds(60), "binding-2", unit, east,
                "TENANT", owner.aggregateId(), "OWNER_CONFIRMED", List.of("RESIDENT"), List.of(east), List.of(unit)));
        assertThat(staff.members(List.of(key)).get(key)).containsExactlyInAnyOrder(owner.aggregateId(), tenant.aggregateId());

        directory.unbind(new ResidentUnbound(id(), tenant.aggregateId(), t0.plusSeconds(120), "binding-2", unit, east,
                "TENANT", owner.aggregateId(), "MOVED_OUT", List.of(), List.of(), List.of()));
        directory.deactivate(new PersonDeactivated(id(), owner.aggregateId(), t0.plusSeconds(180), "manager-1", "过户"));
        assertThat(staff.members(List.of(key)).get(key)).isEmpty();

        directory.register(new PersonRegistered(id(), "owner-" + UUID.randomUUID(), t0, "王强", null, null,
                List.of("OWNER"), List.of(west), List.of(unit + "-b"), List.of(), false));
        mongo.dropCollection("staff_roles");
        staff.afterSingletonsInstantiated();
        assertThat(staff.members(List.of(CommunityRoles.unitKey(unit + "-b")))).as("built again from the directory")
                .containsKey(CommunityRoles.unitKey(unit + "-b"));
    }
}
