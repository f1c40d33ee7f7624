package io.propertyops.security.account.application;

import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.AccountSearch;
import io.propertyops.security.account.domain.InvalidAccountException;
import io.propertyops.security.account.domain.PasswordPolicy;
import io.propertyops.security.account.domain.Role;
import io.propertyops.security.audit.application.AuditLog;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Opening accounts and managing what staff may do. An administrator manages everyone; a property manager
 * (物业经理) manages the people of their own communities and cannot make anyone an administrator or a property
 * manager; a supervisor sets technicians' skills and duty in their communities. Anyone outside the caller's reach
 * answers 404.
 */
@Service
public class AccountAdministration {

    /** Roles only an administrator may grant. */
    private static final Set<Role> ADMIN_GRANTED = EnumSet.of(Role.ADMIN, Role.PROPERTY_MANAGER);

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordPolicy policy = PasswordPolicy.withBundledBreachList();
    private final SecureRandom random = new SecureRandom();

    private final SignIns signIns;

    AccountAdministration(Accounts accounts, PasswordEncoder passwords, AuditLog audit, SignIns signIns, Clock clock) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a new account is. Staff (with roles) sign in with a username and an initial password; a resident
     * (without roles) signs in with their phone and an SMS code, and reaches units once a binding is verified.
     */
    public record Opening(String username, String name, String phone, String email, Set<Role> roles,
                          List<String> communityIds, List<String> skills, String initialPassword) {
    }

    public Account open(Caller caller, Opening opening) {
        boolean staff = !opening.roles().isEmpty();
        if (staff) {
            requireMayGrant(caller, opening.roles(), opening.communityIds());
        }
        String username = staff ? opening.username() : opening.phone();
        if (username == null || username.isBlank()) {
            throw new InvalidAccountException(staff ? "username" : "phone",
                    staff ? "staff need a username" : "a resident signs in with their phone number");
        }
        AccountProfile profile = new AccountProfile(username, opening.name(), opening.phone(), opening.email(),
                opening.roles(), staff ? opening.communityIds() : List.of(), List.of(), opening.skills());
        Account account = Account.register(UUID.randomUUID().toString(), profile, passwordHash(staff, opening, profile),
                clock.instant());
        if (!accounts.addIfAbsent(account)) {
            throw new ConflictException("username-taken", "An account with username " + username + " exists already");
        }
        audit.record("ACCOUNT_OPENED", username, account.id(), null,
                "by " + caller.id() + " with roles " + account.profile().roles());
        return account;
    }

    private String passwordHash(boolean staff, Opening opening, AccountProfile profile) {
        if (!staff) {
            // residents sign in by SMS code; a random secret no one knows keeps the password door shut
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            return passwords.encode(Base64.getEncoder().encodeToString(secret));
        }
        if (opening.initialPassword() == null) {
            throw new InvalidAccountException("initialPassword", "staff need an initial password");
        }
        List<String> violations = policy.violations(opening.initialPassword(), profile);
        if (!violations.isEmpty()) {
            throw new InvalidAccountException("initialPassword", "the initial password " + String.join("; ", violations));
        }
        return passwords.encode(opening.initialPassword());
    }

    public Account get(Caller caller, String accountId) {
        return accounts.withId(accountId)
                .filter(account -> reaches(caller, account))
                .orElseThrow(() -> new NotFoundException("Account", accountId));
    }

    /**
     * The people of a community the search finds, if the caller reaches the community: an administrator reaches
     * every community, other staff their own; another community finds nobody.
     */
    public Accounts.AccountPage find(Caller caller, AccountSearch search, int page, int size) {
        if (!caller.hasRole(Roles.ADMIN) && !caller.inCommunity(search.communityId())) {
            return new Accounts.AccountPage(List.of(), 0);
        }
        return accounts.search(search, page, size);
    }

    public Account grantRoles(Caller caller, String accountId, Set<Role> roles, List<String> communityIds) {
        Account account = manageable(caller, accountId);
        requireMayGrant(caller, roles, communityIds);
        account.grantRoles(roles, communityIds, caller.id(), clock.instant());
        accounts.update(account);
        audit.record("ROLES_CHANGED", account.username(), account.id(), null,
                "by " + caller.id() + ": " + roles + " in " + communityIds);
        return account;
    }

    public Account changeSkills(Caller caller, String accountId, List<String> skills) {
        Account account = manageable(caller, accountId);
        account.changeSkills(skills, caller.id(), clock.instant());
        accounts.update(account);
        audit.record("SKILLS_CHANGED", account.username(), account.id(), null, "by " + caller.id() + ": " + skills);
        return account;
    }

    public Account setOnDuty(Caller caller, String accountId, boolean onDuty) {
        Account account = caller.id().equals(accountId) ? own(caller) : manageable(caller, accountId);
        account.setOnDuty(onDuty, caller.id(), clock.instant());
        accounts.update(account);
        audit.record(onDuty ? "ON_DUTY" : "OFF_DUTY", account.username(), account.id(), null, "by " + caller.id());
        return account;
    }

    public Account updateContact(Caller caller, String name, String email) {
        Account account = own(caller);
        account.updateContact(name, email, clock.instant());
        accounts.update(account);
        audit.record("CONTACT_CHANGED", account.username(), account.id(), null, null);
        return account;
    }

    public Account own(Caller caller) {
        return accounts.withId(caller.id()).orElseThrow(() -> new NotFoundException("Account", caller.id()));
    }

    public Account deactivate(Caller caller, String accountId, String reason) {
        Account account = manageable(caller, accountId);
        account.deactivate(caller.id(), reason, clock.instant());
        accounts.update(account);
        signIns.revokeAllOf(account.username());
        audit.record("ACCOUNT_DEACTIVATED", account.username(), account.id(), null, "by " + caller.id() + ": " + reason);
        return account;
    }

    /** Someone the caller may change: within reach, and no administrator or manager unless the caller is an administrator. */
    private Account manageable(Caller caller, String accountId) {
        Account account = get(caller, accountId);
        if (!caller.hasRole(Roles.ADMIN) && account.profile().roles().stream().anyMatch(ADMIN_GRANTED::contains)) {
            throw new NotFoundException("Account", accountId);
        }
        return account;
    }

    private void requireMayGrant(Caller caller, Set<Role> roles, List<String> communityIds) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        if (roles.stream().anyMatch(ADMIN_GRANTED::contains)) {
            throw new InvalidAccountException("roles", "only an administrator grants " + ADMIN_GRANTED);
        }
        List<String> foreign = communityIds.stream().filter(community -> !caller.inCommunity(community)).toList();
        if (!foreign.isEmpty()) {
            throw new InvalidAccountException("communityIds", "outside your communities: " + foreign);
        }
    }

    /** An administrator reaches everyone; other staff reach the people of their own communities. */
    private static boolean reaches(Caller caller, Account account) {
        return caller.hasRole(Roles.ADMIN)
                || account.profile().communityIds().stream().anyMatch(caller::inCommunity);
    }
}
