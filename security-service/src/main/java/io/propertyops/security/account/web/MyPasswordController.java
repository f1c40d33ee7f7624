package io.propertyops.security.account.web;

import io.propertyops.security.account.application.PasswordChanges;
import io.propertyops.security.account.domain.PasswordPolicy;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@Tag(name = "My account", description = "The caller's own sign-in settings")
class MyPasswordController {

    private final PasswordChanges changes;

    MyPasswordController(PasswordChanges changes) {
        this.changes = changes;
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
        return switch (changes.change(caller, body.currentPassword(), body.newPassword())) {
            case PasswordChanges.Changed changed -> ResponseEntity.noContent().build();
            case PasswordChanges.WrongCurrentPassword wrong -> ResponseEntity.unprocessableContent().body(
                    Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "wrong-current-password", "The current password is not right"));
            case PasswordChanges.Weak weak -> {
                ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "weak-password",
                        "The new password " + String.join("; ", weak.violations()));
                problem.setProperty("errors", weak.violations().stream()
                        .map(message -> Map.of("field", "newPassword", "message", message)).toList());
                yield ResponseEntity.unprocessableContent().body(problem);
            }
        };
    }
}
