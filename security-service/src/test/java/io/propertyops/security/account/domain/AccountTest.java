package io.propertyops.security.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.starter.domain.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    static Account appUser() {
        Account account = Account.register("r1", new AccountProfile("13800000009", "陈晨", "13800000009", null,
                Set.of(), List.of(), List.of(), List.of()), "{noop}x", T0);
        account.pullEvents();
        return account;
    }

    static Account technician() {
        Account account = Account.register("t1", new AccountProfile("zhouqiang", "周强", "13900000003", null,
                Set.of(Role.TECHNICIAN), List.of("c1"), null, List.of("plumbing")), "{noop}x", T0);
        account.pullEvents();
        return account;
    }

    @Test
    void ownerMustBeBoundToAUnit() {
        AccountProfile ownerWithoutUnit = new AccountProfile("13800000009", "业主", "13800000009", null,
                Set.of(Role.OWNER), List.of("c1"), List.of(), List.of());

        assertThatThrownBy(() -> Account.register("a1", ownerWithoutUnit, "{noop}x", T0))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("unit");
    }

    @Test
    void seededOwnerReachesTheirUnitsThroughVerifiedBindings() {
        Account owner = Account.register("o1", new AccountProfile("13800000001", "张伟", "13800000001", null,
                Set.of(Role.OWNER), List.of("c1"), List.of("u1"), List.of()), "{noop}x", T0);

        assertThat(owner.profile().roles()).containsExactly(Role.OWNER);
        assertThat(owner.profile().unitIds()).containsExactly("u1");
        assertThat(owner.profile().communityIds()).containsExactly("c1");
        assertThat(owner.bindings(UnitBinding::active)).singleElement()
                .satisfies(binding -> assertThat(binding.verification()).isEqualTo(Verification.SEEDED));
        assertThat(owner.pullEvents()).singleElement().isInstanceOfSatisfying(PersonRegistered.class,
                event -> assertThat(event.unitIds()).containsExactly("u1"));
    }

    @Test
    void aPersonWithoutStaffRolesOrUnitsIsAResidentWhoReachesNothingYet() {
        Account person = appUser();

        assertThat(person.profile().roles()).containsExactly(Role.RESIDENT);
        assertThat(person.profile().unitIds()).isEmpty();
        assertThat(person.profile().communityIds()).isEmpty();
    }

    @Test
    void newAccountIsEnabledUntilDeactivated() {
        Account technician = technician();
        assertThat(technician.enabled()).isTrue();

        technician.deactivate("admin-1", "left the company", T0);

        assertThat(technician.enabled()).isFalse();
        assertThatThrownBy(() -> technician.setOnDuty(true, "t1", T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void registeringRecordsThePersonRegisteredEventOtherServicesKeepTheirDirectoriesFrom() {
        Account agent = Account.register("p9", new AccountProfile("zhaomin", "赵敏", "13900139001", null,
                Set.of(Role.CUSTOMER_SERVICE), List.of("c1"), null, null), "{noop}x", T0);

        assertThat(agent.pullEvents()).singleElement().isInstanceOfSatisfying(PersonRegistered.class, event -> {
            assertThat(event.aggregateId()).isEqualTo("p9");
            assertThat(event.name()).isEqualTo("赵敏");
            assertThat(event.roles()).containsExactly("CUSTOMER_SERVICE");
            assertThat(event.communityIds()).containsExactly("c1");
            assertThat(event.occurredAt()).isEqualTo(T0);
        });
        assertThat(agent.pullEvents()).isEmpty();
    }

    @Test
    void tenantVerifiedByTheOwnersPhoneReachesTheUnitAndBecomesAResident() {
        Account tenant = appUser();
        tenant.requestBinding("b1", "u1", "c1", Relation.TENANT, "13800000001", "2号楼1502 租户", T0);
        assertThat(tenant.profile().unitIds()).as("a pending request grants nothing").isEmpty();

        tenant.approveBinding("b1", Verification.OWNER_PHONE, true, null, "agent-1", T0.plusSeconds(60));

        assertThat(tenant.profile().unitIds()).containsExactly("u1");
        assertThat(tenant.profile().communityIds()).containsExactly("c1");
        assertThat(tenant.profile().roles()).containsExactly(Role.RESIDENT);
        assertThat(tenant.pullEvents()).singleElement().isInstanceOfSatisfying(ResidentBound.class, event -> {
            assertThat(event.bindingId()).isEqualTo("b1");
            assertThat(event.relation()).isEqualTo("TENANT");
            assertThat(event.verification()).isEqualTo("OWNER_PHONE");
            assertThat(event.verifiedBy()).isEqualTo("agent-1");
            assertThat(event.unitIds()).containsExactly("u1");
        });
    }

    @Test
    void ownerPhoneThatDoesNotMatchTheRegisteredOwnerIsNoVerification() {
        Account tenant = appUser();
        tenant.requestBinding("b1", "u1", "c1", Relation.TENANT, "13000000000", null, T0);

        assertThatThrownBy(() -> tenant.approveBinding("b1", Verification.OWNER_PHONE, false, null, "agent-1", T0))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("owner");
        assertThat(tenant.profile().unitIds()).isEmpty();
        assertThat(tenant.pullEvents()).isEmpty();
    }

    @Test
    void anOwnerIsVerifiedByDocumentsWithAReference() {
        Account buyer = appUser();
        buyer.requestBinding("b1", "u2", "c1", Relation.OWNER, null, null, T0);

        assertThatThrownBy(() -> buyer.approveBinding("b1", Verification.OWNER_PHONE, true, null, "agent-1", T0))
                .isInstanceOf(InvalidAccountException.class);
        assertThatThrownBy(() -> buyer.approveBinding("b1", Verification.DOCUMENTS, false, " ", "agent-1", T0))
                .isInstanceOf(InvalidAccountException.class);

        buyer.approveBinding("b1", Verification.DOCUMENTS, false, "房产证 沪(2026)第0012号", "agent-1", T0);

        assertThat(buyer.profile().roles()).containsExactly(Role.OWNER);
        assertThat(buyer.owns("u2")).isTrue();
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgainAndTheSameUnitCannotBeRequestedTwice() {
        Account person = appUser();
        person.requestBinding("b1", "u1", "c1", Relation.FAMILY, "13800000001", null, T0);

        assertThatThrownBy(() -> person.requestBinding("b2", "u1", "c1", Relation.FAMILY, "13800000001", null, T0))
                .isInstanceOf(ConflictException.class);
        person.rejectBinding("b1", "户主电话不符", "agent-1", T0);
        assertThatThrownBy(() -> person.approveBinding("b1", Verification.DOCUMENTS, false, "ID", "agent-1", T0))
                .isInstanceOf(ConflictException.class);
        person.requestBinding("b3", "u1", "c1", Relation.FAMILY, "13800000001", null, T0);
    }

    @Test
    void endingAnActiveBindingTakesTheUnitAwayAndTellsTheReadModels() {
        Account tenant = appUser();
        tenant.requestBinding("b1", "u1", "c1", Relation.TENANT, "13800000001", null, T0);
        tenant.approveBinding("b1", Verification.OWNER_PHONE, true, null, "agent-1", T0);
        tenant.pullEvents();

        tenant.endBinding("b1", "租约到期", "manager-1", T0.plusSeconds(3600));

        assertThat(tenant.profile().unitIds()).isEmpty();
        assertThat(tenant.pullEvents()).singleElement().isInstanceOfSatisfying(ResidentUnbound.class, event -> {
            assertThat(event.unitId()).isEqualTo("u1");
            assertThat(event.unitIds()).isEmpty();
            assertThat(event.reason()).isEqualTo("租约到期");
        });
        assertThatThrownBy(() -> tenant.endBinding("b1", "again", "manager-1", T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void withdrawingAPendingRequestTellsNoOne() {
        Account person = appUser();
        person.requestBinding("b1", "u1", "c1", Relation.OWNER, null, null, T0);

        person.endBinding("b1", "wrong unit", "r1", T0);

        assertThat(person.binding("b1").status()).isEqualTo(UnitBinding.Status.WITHDRAWN);
        assertThat(person.pullEvents()).isEmpty();
    }

    @Test
    void familyAndTenantsMustGiveTheOwnersPhone() {
        assertThatThrownBy(() -> appUser().requestBinding("b1", "u1", "c1", Relation.FAMILY, null, null, T0))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("owner's phone");
    }

    @Test
    void staffRolesAreGrantedButOwnerAndResidentOnlyComeFromBindings() {
        Account agent = technician();

        assertThatThrownBy(() -> agent.grantRoles(Set.of(Role.OWNER), List.of("c1"), "m1", T0))
                .isInstanceOf(InvalidAccountException.class);
        assertThatThrownBy(() -> agent.grantRoles(Set.of(Role.TECHNICIAN), List.of(), "m1", T0))
                .isInstanceOf(InvalidAccountException.class).hasMessageContaining("community");

        agent.grantRoles(Set.of(Role.TECHNICIAN, Role.SUPERVISOR), List.of("c1", "c2"), "m1", T0);
        agent.grantRoles(Set.of(Role.TECHNICIAN, Role.SUPERVISOR), List.of("c1", "c2"), "m1", T0);

        assertThat(agent.pullEvents()).as("the same grant twice is one change").singleElement()
                .isInstanceOfSatisfying(StaffRolesChanged.class, event -> {
                    assertThat(event.roles()).containsExactly("TECHNICIAN", "SUPERVISOR");
                    assertThat(event.communityIds()).containsExactly("c1", "c2");
                    assertThat(event.changedBy()).isEqualTo("m1");
                });
    }

    @Test
    void aTechnicianWhoOwnsAFlatElsewhereGetsNoStaffReachInThatCommunity() {
        Account technician = technician();
        technician.requestBinding("b1", "u9", "c2", Relation.OWNER, null, null, T0);
        technician.approveBinding("b1", Verification.DOCUMENTS, false, "房产证", "agent-2", T0);

        assertThat(technician.profile().roles()).containsExactlyInAnyOrder(Role.TECHNICIAN, Role.OWNER);
        assertThat(technician.profile().unitIds()).containsExactly("u9");
        assertThat(technician.profile().communityIds()).as("works in c1 only").containsExactly("c1");
        assertThat(technician.pullEvents()).singleElement().isInstanceOfSatisfying(ResidentBound.class,
                event -> assertThat(event.communityIds()).containsExactly("c1"));
    }

    @Test
    void technicianSkillsAndDutyChangesAreRecordedOncePerChange() {
        Account technician = technician();

        technician.changeSkills(List.of("plumbing", "electrical", "plumbing"), "s1", T0);
        technician.setOnDuty(true, "t1", T0);
        technician.setOnDuty(true, "t1", T0);

        assertThat(technician.pullEvents()).satisfiesExactly(
                skills -> assertThat(((StaffSkillsChanged) skills).skills()).containsExactly("plumbing", "electrical"),
                duty -> assertThat(((StaffOnDutyChanged) duty).onDuty()).isTrue());
        assertThatThrownBy(() -> appUser().setOnDuty(true, "r1", T0)).isInstanceOf(InvalidAccountException.class);
        assertThatThrownBy(() -> appUser().changeSkills(List.of("plumbing"), "m1", T0))
                .isInstanceOf(InvalidAccountException.class);
    }

    @Test
    void contactChangesAreRecordedForTheDirectory() {
        Account person = appUser();

        person.updateContact("陈晨晨", "chen@example.com", T0);

        assertThat(person.profile().displayName()).isEqualTo("陈晨晨");
        assertThat(person.pullEvents()).singleElement().isInstanceOfSatisfying(PersonUpdated.class,
                event -> assertThat(event.email()).isEqualTo("chen@example.com"));
    }
}
