package io.propertyops.security.account.web;

import io.propertyops.security.account.Account;
import io.propertyops.security.account.Accounts;
import io.propertyops.security.account.PasswordPolicy;
import io.propertyops.security.audit.AuditLog;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Problems;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "My account", description = "The caller's own sign-in settings")
class MyPasswordController {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final PasswordPolicy policy = PasswordPolicy.withBundledBreachList();

    MyPasswordController(Accounts accounts, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    record PasswordChange(@NotNull @Size(max = 128) String currentPassword, @NotNull @Size(max = 256) String newPassword) {
    }

    @PutMapping("/api/v1/me/password")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD,
            Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "changeMyPassword", summary = "Change the caller's password",
            description = "The new password must have at least " + PasswordPolicy.MIN_LENGTH + " characters, must not be "
                    + "a commonly breached password and must not contain the login name or phone number.")
    ResponseEntity<ProblemDetail> change(Caller caller, @Valid @RequestBody PasswordChange body) {
        Account account = accounts.withId(caller.id()).orElseThrow(() -> new NotFoundException("Account", caller.id()));
        if (!passwords.matches(body.currentPassword(), account.passwordHash())) {
            audit.record("PASSWORD_CHANGE_REFUSED", account.username(), account.id(), null, "wrong current password");
            return ResponseEntity.unprocessableContent().body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT,
                    "wrong-current-password", "The current password is not right"));
        }
        List<String> violations = policy.violations(body.newPassword(), account.profile());
        if (!violations.isEmpty()) {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "weak-password",
                    "The new password " + String.join("; ", violations));
            problem.setProperty("errors", violations.stream()
                    .map(message -> Map.of("field", "newPassword", "message", message)).toList());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        account.changePassword(passwords.encode(body.newPassword()));
        accounts.update(account);
        audit.record("PASSWORD_CHANGED", account.username(), account.id(), null, null);
        return ResponseEntity.noContent().build();
    }
}
