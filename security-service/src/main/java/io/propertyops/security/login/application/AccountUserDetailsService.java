package io.propertyops.security.login.application;

import io.propertyops.security.account.application.Accounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/** Looks accounts up for the login form, locked for a while after repeated failures. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final LoginAttempts attempts;

    AccountUserDetailsService(Accounts accounts, LoginAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        boolean locked = attempts.isLocked(username);
        var account = accounts.withUsername(username.strip());
        if (account.isPresent()) {
            return new AccountPrincipal(account.get(), locked);
        }
        if (locked) {
            // an unknown username locks like a known one, so a lock never tells that an account exists
            return User.withUsername(username).password("{noop}").authorities(List.of()).accountLocked(true).build();
        }
        throw new UsernameNotFoundException("no account");
    }
}
