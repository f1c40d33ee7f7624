package io.propertyops.security.account;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.starter.domain.ConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's sign-in identity. Its id is opaque and stable, and it is what tokens carry as {@code sub};
 * the username (an owner's phone number, a staff member's login name) may change, the id never does.
 */
public final class Account {

    private final String id;
    private final AccountProfile profile;
    private String passwordHash;
    private boolean enabled;
    private final List<DomainEvent> recordedEvents = new ArrayList<>();

    private Account(String id, AccountProfile profile, String passwordHash, boolean enabled) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.enabled = enabled;
    }

    /**
     * Opens an account.
     *
     * @param passwordHash an encoded password, with its encoding prefix (e.g. {@code {bcrypt}...})
     * @throws InvalidAccountException when the profile cannot sign anyone in meaningfully
     */
    public static Account register(String id, AccountProfile profile, String passwordHash, Instant registeredAt) {
        if (id == null || id.isBlank()) {
            throw new InvalidAccountException("an account needs an id");
        }
        if (profile.username().isBlank()) {
            throw new InvalidAccountException("account " + id + " needs a username");
        }
        if (profile.roles().isEmpty()) {
            throw new InvalidAccountException("account " + profile.username() + " needs at least one role");
        }
        if (profile.hasRole(Role.OWNER) && profile.unitIds().isEmpty()) {
            throw new InvalidAccountException("owner " + profile.username() + " must be bound to at least one unit");
        }
        Account account = new Account(id, profile, passwordHash, true);
        account.recordedEvents.add(new PersonRegistered(UUID.randomUUID().toString(), id, registeredAt,
                profile.displayName(), profile.phone(), profile.email(),
                profile.roles().stream().map(Role::name).sorted().toList(),
                profile.communityIds(), profile.unitIds(), profile.skills()));
        return account;
    }

    /** The events recorded since the last call; they are stored with the account and published by the outbox. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(recordedEvents);
        recordedEvents.clear();
        return events;
    }

    /** Rebuilds an account from storage, as it was saved. */
    public static Account restore(String id, AccountProfile profile, String passwordHash, boolean enabled) {
        return new Account(id, profile, passwordHash, enabled);
    }

    /** Replaces the password; the caller has checked the old one and the policy, and hashed the new one. */
    public void changePassword(String newPasswordHash) {
        if (!enabled) {
            throw new ConflictException("account-deactivated", "Account " + id + " is deactivated");
        }
        passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    /**
     * Ends this person's access: no new tokens, refresh tokens refused; issued access tokens run out within
     * their lifetime.
     *
     * @throws ConflictException when the account is deactivated already
     */
    public void deactivate(String deactivatedBy, String reason, Instant at) {
        if (!enabled) {
            throw new ConflictException("already-deactivated", "Account " + id + " is deactivated already");
        }
        enabled = false;
        recordedEvents.add(new PersonDeactivated(UUID.randomUUID().toString(), id, at, deactivatedBy, reason));
    }

    public String id() {
        return id;
    }

    public String username() {
        return profile.username();
    }

    public AccountProfile profile() {
        return profile;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }
}
