package io.propertyops.security.account.mongo;

import io.propertyops.security.account.Account;
import io.propertyops.security.account.AccountProfile;
import io.propertyops.security.account.Role;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Document(AccountDocument.COLLECTION)
record AccountDocument(
        @Id String id,
        String username,
        String displayName,
        String phone,
        String email,
        String passwordHash,
        List<String> roles,
        List<String> communityIds,
        List<String> unitIds,
        List<String> skills,
        boolean enabled,
        List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "accounts";

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }

    static AccountDocument of(Account account, List<OutboxMessage> pendingEvents) {
        AccountProfile profile = account.profile();
        return new AccountDocument(account.id(), profile.username(), profile.displayName(), profile.phone(),
                profile.email(), account.passwordHash(),
                profile.roles().stream().sorted().map(Role::name).toList(),
                profile.communityIds(), profile.unitIds(), profile.skills(), account.enabled(), pendingEvents);
    }

    Account toAccount() {
        Set<Role> roleSet = roles == null || roles.isEmpty()
                ? Set.of()
                : roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return Account.restore(id,
                new AccountProfile(username, displayName, phone, email, roleSet, communityIds, unitIds, skills),
                passwordHash, enabled);
    }
}
