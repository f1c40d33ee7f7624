package io.propertyops.security.account.web;

import io.propertyops.security.account.application.AccountAdministration;
import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.AccountSearch;
import io.propertyops.security.account.domain.Role;
import io.propertyops.security.account.web.AccountViews.AccountView;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

@RestController
@Validated
@Tag(name = "Accounts", description = "Opening accounts and managing people's access")
class AccountAdminController {

    static final String PHONE = "^\\+?[0-9]{6,15}$";
    static final String SKILL = "^[a-z][a-z0-9-]{1,39}$";
    /** The first digits of a phone: at least {@value AccountSearch#MIN_PHONE_DIGITS}, or nothing (no filter). */
    static final String PHONE_PREFIX = "^(\\+?[0-9]{4,15})?$";
    /** Text to look for: no control characters (written so that JavaScript reads the pattern alike). */
    static final String TEXT = "^[^\\x00-\\x1F\\x7F]*$";
    /** The header that says how many people a search found in all. */
    static final String TOTAL = "X-Total-Count";

    private final AccountAdministration administration;

    AccountAdminController(AccountAdministration administration) {
        this.administration = administration;
    }

    record Opening(@Size(min = 2, max = 64) @Pattern(regexp = "^[A-Za-z0-9._@+-]+$") String username,
                   @NotBlank @Size(max = 64) String name,
                   @Pattern(regexp = PHONE) String phone,
                   @Email @Size(max = 254) String email,
                   @NotNull @Size(max = 11) Set<@NotNull Role> roles,
                   @NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> communityIds,
                   @Size(max = 30) List<@NotNull @Pattern(regexp = SKILL) String> skills,
                   @Size(max = 128) String initialPassword) {
    }

    record RoleGrant(@NotNull @Size(max = 11) Set<@NotNull Role> roles,
                     @NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> communityIds) {
    }

    record Skills(@NotNull @Size(max = 30) List<@NotNull @Pattern(regexp = SKILL) String> skills) {
    }

    record Duty(@NotNull Boolean onDuty) {
    }

    record Deactivation(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(roles = {Roles.ADMIN, Roles.PROPERTY_MANAGER})
    @Operation(operationId = "openAccount", summary = "Open an account for a member of staff or a resident",
            description = "With roles: a member of staff, who signs in with the username and the initial password "
                    + "(password policy applies). Without roles: a resident, who signs in with their phone and an SMS "
                    + "code and reaches units once a binding is verified. A property manager opens accounts in their "
                    + "own communities only and cannot grant ADMIN or PROPERTY_MANAGER.")
    AccountView open(Caller caller, @Valid @RequestBody Opening body) {
        return AccountView.of(administration.open(caller, new AccountAdministration.Opening(body.username(),
                body.name(), body.phone(), body.email(), body.roles(), body.communityIds(),
                body.skills() == null ? List.of() : body.skills(), body.initialPassword())));
    }

    @GetMapping("/api/v1/accounts")
    @Allowed(roles = {Roles.ADMIN, Roles.PROPERTY_MANAGER, Roles.SUPERVISOR, Roles.CUSTOMER_SERVICE})
    @Operation(operationId = "listAccounts", summary = "Find the people of a community",
            description = "Everyone of the community, or those with any of the roles given, whose phone begins with "
                    + "the digits given and whose name or username contains the text given; the filters combine. "
                    + "Sorted by username, a page of `limit` at a time; the " + TOTAL + " header says how many match "
                    + "in all. A community outside the caller's finds nobody. The service desk finds a caller by the "
                    + "first digits of their phone (a whole number finds exactly that number) or by their name.")
    @ApiResponse(responseCode = "200", description = "One page of the people found, in a JSON array",
            headers = @Header(name = TOTAL, description = "How many people match in all, on every page",
                    schema = @Schema(type = "integer", format = "int64", example = "1")))
    @ApiResponse(responseCode = "400", description = "A parameter is missing, malformed or out of range: a phone of "
            + "fewer than 4 digits, a text of more than 64 characters")
    ResponseEntity<List<AccountView>> list(
            Caller caller,
            @RequestParam @NotBlank @Size(max = 64) String communityId,
            @Parameter(description = "Any of these roles (repeat the parameter for several)")
            @RequestParam(required = false) @Size(max = 11) Set<Role> role,
            @Parameter(description = "The digits the phone begins with, at least 4 (a leading + is ignored); a whole "
                    + "number finds that number", schema = @Schema(type = "string", example = "1380013"))
            @RequestParam(required = false) @Pattern(regexp = PHONE_PREFIX) String phone,
            @Parameter(description = "Contained in the name or in the username, ignoring case; taken literally",
                    example = "张")
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = TEXT) String q,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "How many a page holds")
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        Accounts.AccountPage found = administration.find(caller, new AccountSearch(communityId, role, phone, q), page, limit);
        return ResponseEntity.ok().header(TOTAL, String.valueOf(found.total()))
                .body(found.accounts().stream().map(AccountView::of).toList());
    }

    @GetMapping("/api/v1/accounts/{id}")
    @Allowed(roles = {Roles.ADMIN, Roles.PROPERTY_MANAGER, Roles.SUPERVISOR, Roles.CUSTOMER_SERVICE})
    @Operation(operationId = "getAccount", summary = "One person's account, if they belong to the caller's communities")
    AccountView get(Caller caller, @PathVariable @Size(max = 64) String id) {
        return AccountView.of(administration.get(caller, id));
    }

    @PutMapping("/api/v1/accounts/{id}/roles")
    @Allowed(roles = {Roles.ADMIN, Roles.PROPERTY_MANAGER})
    @Operation(operationId = "grantRoles", summary = "Set a member of staff's roles and communities",
            description = "Replaces the granted roles and communities; OWNER and RESIDENT come from unit bindings and "
                    + "cannot be granted. Takes effect in the person's next token (at most 15 minutes).")
    AccountView grantRoles(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody RoleGrant body) {
        return AccountView.of(administration.grantRoles(caller, id, body.roles(), body.communityIds()));
    }

    @PutMapping("/api/v1/accounts/{id}/skills")
    @Allowed(roles = {Roles.ADMIN, Roles.PROPERTY_MANAGER, Roles.SUPERVISOR})
    @Operation(operationId = "setSkills", summary = "Set the trades a technician is dispatched for",
            description = "Skills are category codes such as plumbing, electrical, elevator.")
    AccountView setSkills(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody Skills body) {
        return AccountView.of(administration.changeSkills(caller, id, body.skills()));
    }

    @PutMapping("/api/v1/accounts/{id}/duty")
    @Allowed(roles = {Roles.ADMIN, Roles.PROPERTY_MANAGER, Roles.SUPERVISOR})
    @Operation(operationId = "setDuty", summary = "Put a member of staff on or off duty",
            description = "Auto-dispatch picks only technicians on duty.")
    AccountView setDuty(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody Duty body) {
        return AccountView.of(administration.setOnDuty(caller, id, body.onDuty()));
    }

    @PostMapping("/api/v1/accounts/{id}/deactivation")
    @Allowed(roles = {Roles.ADMIN, Roles.PROPERTY_MANAGER})
    @Operation(operationId = "deactivateAccount", summary = "End a person's access",
            description = "No new tokens from now on and refresh tokens are revoked; access tokens already issued "
                    + "stop working when they expire (at most 15 minutes). A property manager may deactivate "
                    + "people of their own communities only.")
    AccountView deactivate(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody Deactivation body) {
        return AccountView.of(administration.deactivate(caller, id, body.reason()));
    }
}
