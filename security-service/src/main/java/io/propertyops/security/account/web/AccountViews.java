package io.propertyops.security.account.web;

import io.propertyops.security.account.application.ResidentBindings;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.Relation;
import io.propertyops.security.account.domain.Role;
import io.propertyops.security.account.domain.UnitBinding;
import io.propertyops.security.account.domain.Verification;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the account endpoints answer; never the stored document (no password hash, no pending events). */
final class AccountViews {

    private AccountViews() {
    }

    /**
     * A person as staff see them: who they are, how to reach them, what they may do where, and for owners and
     * residents the units they are bound to (what the service desk fills in when it logs a request for them).
     */
    record AccountView(@Schema(example = "p0000000-0000-4000-8000-000000000001") String id,
                       @Schema(description = "A resident's phone, a member of staff's login name", example = "13800138001")
                       String username,
                       @Schema(example = "张伟") String name,
                       @Schema(example = "13800138001") String phone,
                       @Schema(example = "zhangwei@example.com") String email,
                       List<Role> roles,
                       @Schema(description = "The communities they belong to or work in") List<String> communityIds,
                       @Schema(description = "The units they are bound to, as owner, family or tenant") List<String> unitIds,
                       @Schema(description = "A technician's trades") List<String> skills,
                       @Schema(description = "Whether a member of staff is on duty", example = "false") boolean onDuty,
                       @Schema(description = "false once deactivated", example = "true") boolean enabled) {

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
