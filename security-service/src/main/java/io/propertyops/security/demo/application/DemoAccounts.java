package io.propertyops.security.demo.application;

import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Opens an account for every person of the demo estate file, once: only when a data file is configured and no
 * account exists yet. Runs before the server accepts requests. Two replicas starting together may both find the
 * store empty; the unique id and username make the second insert of a person a no-op.
 */
@Component
class DemoAccounts implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final DemoData data;
    private final DemoProperties properties;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoAccounts(DemoData data, DemoProperties properties, Accounts accounts, PasswordEncoder passwords, Clock clock) {
        this.clock = clock;
        this.data = data;
        this.properties = properties;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seed();
    }

    /** @return how many accounts this call opened */
    int seed() {
        if (data.estate().isEmpty()) {
            return 0;
        }
        if (!accounts.isEmpty()) {
            log.info("Accounts exist already; demo accounts from {} not seeded", data.location());
            return 0;
        }
        int opened = open(data.estate().get().people());
        log.info("Opened {} demo accounts from {}", opened, data.location());
        return opened;
    }

    /** Opens the accounts of these people that do not exist yet. */
    int open(List<DemoEstate.Person> people) {
        // One hash for all: every demo account has the same password anyway, and a bcrypt per person would add
        // seconds to every demo start.
        String passwordHash = passwords.encode(properties.password());
        int opened = 0;
        for (DemoEstate.Person person : people) {
            Account account = Account.register(person.id(), profile(person), passwordHash, clock.instant());
            if (Boolean.TRUE.equals(person.onDuty())) {
                account.setOnDuty(true, Account.SYSTEM, clock.instant());
            }
            if (accounts.addIfAbsent(account)) {
                opened++;
            }
        }
        return opened;
    }

    private AccountProfile profile(DemoEstate.Person person) {
        return new AccountProfile(person.username(), person.name(), person.phone(), person.email(),
                roles(person), person.communityIds(), person.unitIds(), person.skills());
    }

    private Set<Role> roles(DemoEstate.Person person) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : person.roles() == null ? List.<String>of() : person.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalStateException("demo data file " + data.location() + ": person " + person.username()
                        + " has the unknown role " + role, unknown);
            }
        }
        return roles;
    }
}
