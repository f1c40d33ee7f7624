package io.propertyops.security.account.web;

import io.propertyops.security.account.Account;
import io.propertyops.security.account.Accounts;
import io.propertyops.security.audit.AuditLog;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

@RestController
@Validated
@Tag(name = "Accounts", description = "Managing people's access")
class AccountAdminController {

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    AccountAdminController(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    record Deactivation(@NotBlank @Size(max = 500) String reason) {
    }

    record AccountStatus(String id, boolean enabled) {
    }

    @PostMapping("/api/v1/accounts/{id}/deactivation")
    @Allowed(roles = {Roles.ADMIN, Roles.PROPERTY_MANAGER})
    @Operation(operationId = "deactivateAccount", summary = "End a person's access",
            description = "No new tokens from now on and refresh tokens are refused; access tokens already issued "
                    + "stop working when they expire (at most 15 minutes). A property manager may deactivate "
                    + "people of their own communities only.")
    AccountStatus deactivate(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody Deactivation body) {
        Account account = accounts.withId(id)
                .filter(candidate -> caller.hasRole("ADMIN")
                        || candidate.profile().communityIds().stream().anyMatch(caller::inCommunity))
                .orElseThrow(() -> new NotFoundException("Account", id));
        account.deactivate(caller.id(), body.reason(), clock.instant());
        accounts.update(account);
        audit.record("ACCOUNT_DEACTIVATED", account.username(), account.id(), null,
                "by " + caller.id() + ": " + body.reason());
        return new AccountStatus(account.id(), account.enabled());
    }
}
