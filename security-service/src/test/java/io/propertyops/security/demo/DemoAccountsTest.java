package io.propertyops.security.demo;

import io.propertyops.security.SecurityServiceTest;
import io.propertyops.security.account.Account;
import io.propertyops.security.account.Accounts;
import io.propertyops.security.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountsTest extends SecurityServiceTest {

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    DemoData demoData;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void everyPersonOfTheDataFileGetsAnAccountUnderTheirPersonId() {
        assertThat(accounts.count()).isEqualTo(3);
        Account owner = accounts.withUsername(OWNER_USERNAME).orElseThrow();
        assertThat(owner.id()).isEqualTo(OWNER_ID);
        assertThat(owner.profile().roles()).containsExactly(Role.OWNER);
        assertThat(owner.profile().unitIds()).containsExactly(OWNER_UNIT);
        assertThat(owner.enabled()).isTrue();
        assertThat(owner.passwordHash()).startsWith("{bcrypt}");
        assertThat(passwords.matches(DEMO_PASSWORD, owner.passwordHash())).isTrue();
        assertThat(accounts.withUsername(TECHNICIAN_USERNAME).orElseThrow().profile().skills())
                .containsExactly("plumbing", "electrical");
    }

    @Test
    void seedingAgainCreatesNoDuplicates() {
        int opened = demoAccounts.seed();

        assertThat(opened).isZero();
        assertThat(accounts.count()).isEqualTo(3);
    }

    @Test
    void secondReplicaOpeningTheSamePeopleAtOnceAddsNothing() {
        // a replica that found the store empty at the same moment as the first one
        int opened = demoAccounts.open(demoData.estate().orElseThrow().people());

        assertThat(opened).isZero();
        assertThat(accounts.count()).isEqualTo(3);
    }
}
