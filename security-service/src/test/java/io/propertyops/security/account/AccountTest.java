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

        assertThatThrownBy(() -> Account.register("a1", ownerWithoutUnit, "{noop}x"))
                .isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("unit");
    }

    @Test
    void accountNeedsARole() {
        AccountProfile noRole = new AccountProfile("someone", "某人", null, null, Set.of(), List.of("c1"), List.of(), List.of());

        assertThatThrownBy(() -> Account.register("a1", noRole, "{noop}x")).isInstanceOf(InvalidAccountException.class);
    }

    @Test
    void newAccountIsEnabledUntilDisabled() {
        Account technician = Account.register("a1", new AccountProfile("zhouqiang", "周强", "13900000003", null,
                Set.of(Role.TECHNICIAN), List.of("c1"), null, List.of("plumbing")), "{noop}x");
        assertThat(technician.enabled()).isTrue();
        assertThat(technician.profile().unitIds()).isEmpty();

        technician.disable();

        assertThat(technician.enabled()).isFalse();
    }
}
