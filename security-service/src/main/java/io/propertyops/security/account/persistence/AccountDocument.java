package io.propertyops.security.account.persistence;

import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.Relation;
import io.propertyops.security.account.domain.Role;
import io.propertyops.security.account.domain.UnitBinding;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account as stored: its state, plus what it reaches now ({@code roles}, {@code communityIds},
 * {@code unitIds}, {@code ownedUnitIds}, {@code pendingBindingCommunityIds}, and the {@link SearchKeys} that find the
 * people of a community) written beside it so that queries for a community's people, a unit's owners or the
 * requests waiting for customer service are simple and indexable.
 */
@Document(AccountDocument.COLLECTION)
record AccountDocument(
        @Id String id,
        String username,
        String displayName,
        String phone,
        String email,
        String passwordHash,
        List<String> grantedRoles,
        List<String> grantedCommunityIds,
        List<String> skills,
        boolean onDuty,
        List<UnitBinding> bindings,
        boolean enabled,
        long version,
        List<String> roles,
        List<String> communityIds,
        List<String> unitIds,
        List<String> ownedUnitIds,
        List<String> pendingBindingCommunityIds,
        List<String> searchKeys,
        List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "accounts";

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }

    static AccountDocument of(Account account, long version, List<OutboxMessage> pendingEvents) {
        Account.State state = account.state();
        AccountProfile reach = account.profile();
        return new AccountDocument(state.id(), state.username(), state.displayName(), state.phone(), state.email(),
                state.passwordHash(), names(state.grantedRoles()), state.grantedCommunityIds(), state.skills(),
                state.onDuty(), state.bindings(), state.enabled(), version, names(reach.roles()),
                reach.communityIds(), reach.unitIds(),
                account.bindings(binding -> binding.active() && binding.relation() == Relation.OWNER)
                        .stream().map(UnitBinding::unitId).distinct().toList(),
                account.bindings(binding -> binding.status() == UnitBinding.Status.PENDING)
                        .stream().map(UnitBinding::communityId).distinct().toList(),
                SearchKeys.of(state.id(), reach), pendingEvents);
    }

    Account toAccount() {
        return Account.restore(new Account.State(id, username, displayName, phone, email, passwordHash,
                roleSet(grantedRoles), grantedCommunityIds, skills, onDuty, bindings, enabled, version));
    }

    private static List<String> names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    private static Set<Role> roleSet(List<String> names) {
        return names == null || names.isEmpty()
                ? Set.of()
                : names.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
