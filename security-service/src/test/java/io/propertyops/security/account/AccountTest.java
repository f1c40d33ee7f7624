package io.propertyops.security.account;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    @Test
    void ownerMustBeBoundToAUnit() {
        AccountProfile ownerWithoutUnit = new AccountProfile("13800000009", "业主", "13800000009", null,
                Set.of(Role.OWNER), List.of("c1"), List.of(), List.of());

        assertThatThrownBy(() -> Account.register("a1", ownerWithoutUnit, "{noop}x", java.time.Instant.EPOCH))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("unit");
    }

    @Test
    void accountNeedsARole() {
        AccountProfile noRole = new AccountProfile("someone", "某人", null, null, Set.of(), List.of("c1"), List.of(), List.of());

        assertThatThrownBy(() -> Account.register("a1", noRole, "{noop}x", java.time.Instant.EPOCH)).isInstanceOf(InvalidAccountException.class);
    }

    @Test
    void newAccountIsEnabledUntilDisabled() {
        Account technician = Account.register("a1", new AccountProfile("zhouqiang", "周强", "13900000003", null,
                Set.of(Role.TECHNICIAN), List.of("c1"), null, List.of("plumbing")), "{noop}x", java.time.Instant.EPOCH);
        assertThat(technician.enabled()).isTrue();
        assertThat(technician.profile().unitIds()).isEmpty();

        technician.deactivate("admin-1", "left the company", java.time.Instant.EPOCH);

        assertThat(technician.enabled()).isFalse();
    }

    @Test
    void registeringRecordsThePersonRegisteredEventOtherServicesKeepTheirDirectoriesFrom() {
        Account agent = Account.register("p9", new AccountProfile("zhaomin", "赵敏", "13900139001", null,
                Set.of(Role.CUSTOMER_SERVICE), List.of("c1"), null, null), "{noop}x", java.time.Instant.parse("2026-11-23T08:00:00Z"));

        var events = agent.pullEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(io.propertyops.events.security.PersonRegistered.class, event -> {
            assertThat(event.aggregateId()).isEqualTo("p9");
            assertThat(event.name()).isEqualTo("赵敏");
            assertThat(event.roles()).containsExactly("CUSTOMER_SERVICE");
            assertThat(event.communityIds()).containsExactly("c1");
            assertThat(event.occurredAt()).isEqualTo(java.time.Instant.parse("2026-11-23T08:00:00Z"));
        });
        assertThat(agent.pullEvents()).isEmpty();
    }
}
