package io.propertyops.security.account.web;

import io.propertyops.security.account.application.AccountAdministration;
import io.propertyops.security.account.web.AccountViews.AccountView;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "My account", description = "The caller's own account")
class MyAccountController {

    private final AccountAdministration administration;

    MyAccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    record Contact(@NotBlank @Size(max = 64) String name, @Email @Size(max = 254) String email) {
    }

    record Duty(@NotNull Boolean onDuty) {
    }

    @GetMapping("/api/v1/me/account")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getMyAccount", summary = "Who the caller is and what they reach now",
            description = "Reads the account afresh: a change of roles or units shows here before the caller's "
                    + "next token carries it.")
    AccountView get(Caller caller) {
        return AccountView.of(administration.own(caller));
    }

    @PutMapping("/api/v1/me/account/contact")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateMyContact", summary = "Change the caller's name and email",
            description = "The phone number is the login of owners and residents and is not changed here.")
    AccountView updateContact(Caller caller, @Valid @RequestBody Contact body) {
        return AccountView.of(administration.updateContact(caller, body.name(), body.email()));
    }

    @PutMapping("/api/v1/me/account/duty")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD,
            Roles.CLEANER, Roles.GARDENER})
    @Operation(operationId = "setMyDuty", summary = "Come on duty (上班) or go off duty",
            description = "Auto-dispatch picks only technicians on duty.")
    AccountView setDuty(Caller caller, @Valid @RequestBody Duty body) {
        return AccountView.of(administration.setOnDuty(caller, caller.id(), body.onDuty()));
    }
}
