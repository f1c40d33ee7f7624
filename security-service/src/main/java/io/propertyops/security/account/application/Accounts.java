package io.propertyops.security.account.application;

import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountSearch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All accounts. */
public interface Accounts {

    Optional<Account> withId(String id);

    Optional<Account> withUsername(String username);

    /** The account that holds or held this binding. */
    Optional<Account> withBinding(String bindingId);

    /** People with an active owner binding to the unit: the unit's registered owners. */
    List<Account> ownersOf(String unitId);

    /** People with a binding request waiting in one of these communities. */
    List<Account> withPendingBindingsIn(Collection<String> communityIds);

    /**
     * The people of a community the search finds, by username, one page of them, with how many it finds in all.
     *
     * @param page the page, from 0
     * @param size how many a page holds
     */
    AccountPage search(AccountSearch search, int page, int size);

    /** A page of people found, and how many were found in all. */
    record AccountPage(List<Account> accounts, long total) {

        public AccountPage {
            accounts = List.copyOf(accounts);
        }
    }

    boolean isEmpty();

    long count();

    /**
     * Stores a new account unless one with the same id or username exists already, which is not an error:
     * two replicas may register the same people at once.
     *
     * @return whether this call stored it
     */
    boolean addIfAbsent(Account account);

    /**
     * Stores the account's changed state together with the events the change recorded, in one write.
     *
     * @throws io.propertyops.starter.domain.ConflictException when someone else changed the account since it was
     *                                                         read; nothing is written
     */
    void update(Account account);
}
