package io.propertyops.security.account.application;

import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.PasswordPolicy;
import io.propertyops.security.audit.application.AuditLog;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.List;

/** A person changes their own password: they prove the current one, and the new one meets the policy. */
@Service
public class PasswordChanges {

    /** How a change ended. */
    public sealed interface Outcome {
    }

    public record Changed() implements Outcome {
    }

    public record WrongCurrentPassword() implements Outcome {
    }

    /** @param violations why the new password may not be used */
    public record Weak(List<String> violations) implements Outcome {
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final PasswordPolicy policy = PasswordPolicy.withBundledBreachList();

    PasswordChanges(Accounts accounts, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    public Outcome change(Caller caller, String currentPassword, String newPassword) {
        Account account = accounts.withId(caller.id()).orElseThrow(() -> new NotFoundException("Account", caller.id()));
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            audit.record("PASSWORD_CHANGE_REFUSED", account.username(), account.id(), null, "wrong current password");
            return new WrongCurrentPassword();
        }
        List<String> violations = policy.violations(newPassword, account.profile());
        if (!violations.isEmpty()) {
            return new Weak(violations);
        }
        account.changePassword(passwords.encode(newPassword));
        accounts.update(account);
        audit.record("PASSWORD_CHANGED", account.username(), account.id(), null, null);
        return new Changed();
    }
}
