package io.propertyops.security.account.application;

import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.Relation;
import io.propertyops.security.account.domain.UnitBinding;
import io.propertyops.security.account.domain.Verification;
import io.propertyops.security.audit.application.AuditLog;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Unit bindings (房屋绑定): a person asks in the app to be bound to a unit, and customer service of the unit's
 * community verifies it by the registered owner's phone or by documents. Staff see only requests of their
 * communities; someone else's binding answers 404.
 */
@Service
public class ResidentBindings {

    /** A binding with the person it belongs to, and whether the owner's phone given matches a registered owner. */
    public record Review(Account person, UnitBinding binding, boolean ownerPhoneMatches) {
    }

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    ResidentBindings(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public UnitBinding request(Caller caller, String unitId, String communityId, Relation relation, String ownerPhone,
                               String note) {
        Account account = own(caller);
        UnitBinding binding = account.requestBinding(UUID.randomUUID().toString(), unitId, communityId, relation,
                ownerPhone, note, clock.instant());
        accounts.update(account);
        audit.record("BINDING_REQUESTED", account.username(), account.id(), null,
                relation + " of unit " + unitId + " in " + communityId + " (" + binding.id() + ")");
        return binding;
    }

    public List<UnitBinding> mine(Caller caller) {
        return own(caller).bindings(binding -> true);
    }

    /** The person withdraws a pending request or leaves a unit they were bound to. */
    public UnitBinding leave(Caller caller, String bindingId) {
        Account account = own(caller);
        UnitBinding ended = account.endBinding(bindingId, "ended by the person", caller.id(), clock.instant());
        accounts.update(account);
        audit.record("BINDING_ENDED", account.username(), account.id(), null, "by the person: " + bindingId);
        return ended;
    }

    /** The requests waiting in the caller's communities, or in the one asked for. */
    public List<Review> waiting(Caller caller, String communityId) {
        Collection<String> communities = communityId != null ? List.of(communityId) : caller.communityIds();
        return accounts.withPendingBindingsIn(communities.stream().filter(community -> reaches(caller, community)).toList())
                .stream()
                .flatMap(person -> person.bindings(binding -> binding.status() == UnitBinding.Status.PENDING
                                && reaches(caller, binding.communityId())
                                && (communityId == null || communityId.equals(binding.communityId())))
                        .stream().map(binding -> review(person, binding)))
                .toList();
    }

    public Review approve(Caller caller, String bindingId, Verification how, String reference) {
        return decide(caller, bindingId, "BINDING_APPROVED", "(" + how + ")", (person, review) ->
                person.approveBinding(bindingId, how, review.ownerPhoneMatches(), reference, caller.id(), clock.instant()));
    }

    public Review reject(Caller caller, String bindingId, String reason) {
        return decide(caller, bindingId, "BINDING_REJECTED", reason,
                (person, review) -> person.rejectBinding(bindingId, reason, caller.id(), clock.instant()));
    }

    /** Staff end a binding: a tenant's lease ran out, a unit was sold. */
    public Review revoke(Caller caller, String bindingId, String reason) {
        return decide(caller, bindingId, "BINDING_ENDED", reason,
                (person, review) -> person.endBinding(bindingId, reason, caller.id(), clock.instant()));
    }

    private Review decide(Caller caller, String bindingId, String action, String detail,
                          BiFunction<Account, Review, UnitBinding> decision) {
        Review review = find(caller, bindingId);
        Account person = review.person();
        UnitBinding decided = decision.apply(person, review);
        accounts.update(person);
        audit.record(action, person.username(), person.id(), null, "by " + caller.id() + " " + detail + ": "
                + decided.relation() + " of unit " + decided.unitId());
        return new Review(person, decided, review.ownerPhoneMatches());
    }

    private Review find(Caller caller, String bindingId) {
        return accounts.withBinding(bindingId)
                .map(person -> review(person, person.binding(bindingId)))
                .filter(review -> reaches(caller, review.binding().communityId()))
                .orElseThrow(() -> new NotFoundException("UnitBinding", bindingId));
    }

    private Review review(Account person, UnitBinding binding) {
        boolean matches = binding.ownerPhone() != null && accounts.ownersOf(binding.unitId()).stream()
                .anyMatch(owner -> !owner.id().equals(person.id())
                        && Objects.equals(owner.profile().phone(), binding.ownerPhone()));
        return new Review(person, binding, matches);
    }

    private Account own(Caller caller) {
        return accounts.withId(caller.id()).orElseThrow(() -> new NotFoundException("Account", caller.id()));
    }

    private static boolean reaches(Caller caller, String communityId) {
        return caller.hasRole(Roles.ADMIN) || caller.inCommunity(communityId);
    }
}
