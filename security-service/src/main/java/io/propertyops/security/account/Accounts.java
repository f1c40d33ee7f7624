package io.propertyops.security.account;

import java.util.Optional;

/** All accounts. */
public interface Accounts {

    Optional<Account> withId(String id);

    Optional<Account> withUsername(String username);

    boolean isEmpty();

    long count();

    /**
     * Stores a new account unless one with the same id or username exists already, which is not an error:
     * two replicas may register the same people at once.
     *
     * @return whether this call stored it
     */
    boolean addIfAbsent(Account account);

    /** Stores the account's changed state together with the events the change recorded. */
    void update(Account account);
}
