package io.propertyops.security.account.application;

import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountSearch;
import io.propertyops.security.account.domain.UnitBinding;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts in a map, for tests that need no database. */
public final class InMemoryAccounts implements Accounts {

    private final Map<String, Account> byId = new LinkedHashMap<>();

    @Override
    public Optional<Account> withId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Account> withUsername(String username) {
        return byId.values().stream().filter(account -> account.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Account> withBinding(String bindingId) {
        return byId.values().stream()
                .filter(account -> !account.bindings(binding -> binding.id().equals(bindingId)).isEmpty())
                .findFirst();
    }

    @Override
    public List<Account> ownersOf(String unitId) {
        return byId.values().stream().filter(account -> account.enabled() && account.owns(unitId)).toList();
    }

    @Override
    public List<Account> withPendingBindingsIn(Collection<String> communityIds) {
        return byId.values().stream()
                .filter(account -> !account.bindings(binding -> binding.status() == UnitBinding.Status.PENDING
                        && communityIds.contains(binding.communityId())).isEmpty())
                .toList();
    }

    @Override
    public AccountPage search(AccountSearch search, int page, int size) {
        List<Account> found = byId.values().stream()
                .filter(account -> search.matches(account.profile()))
                .sorted(Comparator.comparing(Account::username))
                .toList();
        return new AccountPage(found.stream().skip((long) page * size).limit(size).toList(), found.size());
    }

    @Override
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    @Override
    public long count() {
        return byId.size();
    }

    @Override
    public boolean addIfAbsent(Account account) {
        if (byId.containsKey(account.id()) || withUsername(account.username()).isPresent()) {
            return false;
        }
        byId.put(account.id(), account);
        return true;
    }

    @Override
    public void update(Account account) {
        account.pullEvents();
        byId.put(account.id(), account);
    }
}
