package io.propertyops.security.login.application;

import io.propertyops.security.audit.application.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts password failures towards the lockout and writes every sign-in outcome to the audit log. */
@Component
class LoginAuditor {

    private final LoginAttempts attempts;
    private final AuditLog audit;

    LoginAuditor(LoginAttempts attempts, AuditLog audit) {
        this.attempts = attempts;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login
                && login.getPrincipal() instanceof AccountPrincipal principal) {
            attempts.succeeded(principal.getUsername());
            audit.record("LOGIN_SUCCEEDED", principal.getUsername(), principal.accountId(), address(login), null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String username = attempt.getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            attempts.failed(username);
            audit.record("LOGIN_FAILED", username, null, address(attempt), "bad credentials");
        } else if (event instanceof AuthenticationFailureLockedEvent) {
            audit.record("LOGIN_LOCKED_OUT", username, null, address(attempt), "too many failed attempts");
        } else {
            audit.record("LOGIN_FAILED", username, null, address(attempt), event.getException().getClass().getSimpleName());
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
