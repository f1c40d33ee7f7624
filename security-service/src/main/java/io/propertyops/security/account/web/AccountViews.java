package io.propertyops.security.account.web;

import io.propertyops.security.account.application.ResidentBindings;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.Relation;
import io.propertyops.security.account.domain.Role;
import io.propertyops.security.account.domain.UnitBinding;
import io.propertyops.security.account.domain.Verification;

import java.time.Instant;
import java.util.List;

/** What the account endpoints answer; never the stored document (no password hash, no pending events). */
final class AccountViews {

    private AccountViews() {
    }

    record AccountView(String id, String username, String name, String phone, String email, List<Role> roles,
                       List<String> communityIds, List<String> unitIds, List<String> skills, boolean onDuty,
                       boolean enabled) {

        static AccountView of(Account account) {
            AccountProfile profile = account.profile();
            return new AccountView(account.id(), profile.username(), profile.displayName(), profile.phone(),
                    profile.email(), profile.roles().stream().sorted().toList(), profile.communityIds(),
                    profile.unitIds(), profile.skills(), account.onDuty(), account.enabled());
        }
    }

    record BindingView(String id, String unitId, String communityId, Relation relation, UnitBinding.Status status,
                       Instant requestedAt, String note, String decidedBy, Instant decidedAt,
                       Verification verification, String decisionNote) {

        static BindingView of(UnitBinding binding) {
            return new BindingView(binding.id(), binding.unitId(), binding.communityId(), binding.relation(),
                    binding.status(), binding.requestedAt(), binding.note(), binding.decidedBy(), binding.decidedAt(),
                    binding.verification(), binding.decisionNote());
        }
    }

    /**
     * A binding as customer service reviews it.
     *
     * @param ownerPhone        the phone the person gave for the unit's owner
     * @param ownerPhoneMatches whether it is the phone of a person bound to the unit as its owner
     */
    record BindingReview(BindingView binding, String personId, String personName, String personPhone,
                         String ownerPhone, boolean ownerPhoneMatches) {

        static BindingReview of(ResidentBindings.Review review) {
            AccountProfile person = review.person().profile();
            return new BindingReview(BindingView.of(review.binding()), review.person().id(), person.displayName(),
                    person.phone(), review.binding().ownerPhone(), review.ownerPhoneMatches());
        }
    }
}
