package io.propertyops.security.account;

import java.util.Objects;

/**
 * A person's sign-in identity. Its id is opaque and stable, and it is what tokens carry as {@code sub};
 * the username (an owner's phone number, a staff member's login name) may change, the id never does.
 */
public final class Account {

    private final String id;
    private final AccountProfile profile;
    private final String passwordHash;
    private boolean enabled;

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
    public static Account register(String id, AccountProfile profile, String passwordHash) {
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
        return new Account(id, profile, passwordHash, true);
    }

    /** Rebuilds an account from storage, as it was saved. */
    public static Account restore(String id, AccountProfile profile, String passwordHash, boolean enabled) {
        return new Account(id, profile, passwordHash, enabled);
    }

    public void disable() {
        enabled = false;
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
