package io.propertyops.security.login.application;

import io.propertyops.security.account.domain.Account;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.io.Serial;

/**
 * A signed-in account as Spring Security holds it in the session. It keeps the account id, which tokens
 * use as {@code sub}; the rest of the token is read from the account when the token is made, so role or
 * unit changes show up at the next token refresh.
 */
public final class AccountPrincipal extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String accountId;

    public AccountPrincipal(Account account) {
        this(account, false);
    }

    /** @param locked locked out after repeated failed logins: Spring Security refuses before checking the password */
    public AccountPrincipal(Account account, boolean locked) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked,
                account.profile().roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.accountId = account.id();
    }

    public String accountId() {
        return accountId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && super.equals(that) && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
