package io.propertyops.security.account.web;

import io.propertyops.security.account.application.ResidentBindings;
import io.propertyops.security.account.domain.Relation;
import io.propertyops.security.account.domain.Verification;
import io.propertyops.security.account.web.AccountViews.BindingReview;
import io.propertyops.security.account.web.AccountViews.BindingView;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Validated
@Tag(name = "Unit bindings", description = "Residents asking to be bound to their units, and customer service verifying them")
class UnitBindingController {

    private final ResidentBindings bindings;

    UnitBindingController(ResidentBindings bindings) {
        this.bindings = bindings;
    }

    record BindingRequest(@NotBlank @Size(max = 64) String communityId,
                          @NotBlank @Size(max = 64) String unitId,
                          @NotNull Relation relation,
                          @Pattern(regexp = AccountAdminController.PHONE) String ownerPhone,
                          @Size(max = 500) String note) {
    }

    record Approval(@NotNull Verification verification, @Size(max = 500) String reference) {
    }

    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/me/unit-bindings")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "requestUnitBinding", summary = "Ask to be bound to a unit",
            description = "The request waits for customer service of the community. A family member or tenant gives "
                    + "the phone number of the unit's owner, which customer service verifies; an owner is verified by "
                    + "documents. The unit reaches the caller's tokens only once approved.")
    BindingView request(Caller caller, @Valid @RequestBody BindingRequest body) {
        return BindingView.of(bindings.request(caller, body.unitId(), body.communityId(), body.relation(),
                body.ownerPhone(), body.note()));
    }

    @GetMapping("/api/v1/me/unit-bindings")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "listMyUnitBindings", summary = "The caller's bindings and requests, with their status")
    List<BindingView> mine(Caller caller) {
        return bindings.mine(caller).stream().map(BindingView::of).toList();
    }

    @DeleteMapping("/api/v1/me/unit-bindings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "leaveUnitBinding", summary = "Withdraw a request, or leave a unit",
            description = "The unit leaves the caller's next token.")
    void leave(Caller caller, @PathVariable @Size(max = 64) String id) {
        bindings.leave(caller, id);
    }

    @GetMapping("/api/v1/unit-bindings")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listWaitingUnitBindings", summary = "Binding requests waiting in the caller's communities",
            description = "Each says whether the owner phone given is that of the unit's registered owner.")
    List<BindingReview> waiting(Caller caller, @RequestParam(required = false) @Size(max = 64) String communityId) {
        return bindings.waiting(caller, communityId).stream().map(BindingReview::of).toList();
    }

    @PostMapping("/api/v1/unit-bindings/{id}/approval")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "approveUnitBinding", summary = "Verify a binding request",
            description = "OWNER_PHONE: the owner phone given must be that of the unit's registered owner (family and "
                    + "tenants only). DOCUMENTS: say which documents were checked in reference.")
    BindingReview approve(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody Approval body) {
        return BindingReview.of(bindings.approve(caller, id, body.verification(), body.reference()));
    }

    @PostMapping("/api/v1/unit-bindings/{id}/rejection")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "rejectUnitBinding", summary = "Turn down a binding request that could not be verified")
    BindingReview reject(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody Reason body) {
        return BindingReview.of(bindings.reject(caller, id, body.reason()));
    }

    @PostMapping("/api/v1/unit-bindings/{id}/revocation")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "revokeUnitBinding", summary = "End a binding: a lease ran out, a unit was sold")
    BindingReview revoke(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody Reason body) {
        return BindingReview.of(bindings.revoke(caller, id, body.reason()));
    }
}
