package io.propertyops.http;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a PropertyOps access token becomes authorities: each of its {@code roles} a {@code ROLE_<role>}, each of its
 * scopes a {@code SCOPE_<scope>}. The gateway and every service read a token this one way.
 */
public final class TokenAuthorities {

    public static final String ROLES_CLAIM = "roles";
    public static final String SCOPE_CLAIM = "scope";

    private TokenAuthorities() {
    }

    public static List<GrantedAuthority> of(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role(role))));
        }
        scopes(jwt).forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope(scope))));
        return authorities;
    }

    public static String role(String role) {
        return "ROLE_" + role;
    }

    public static String scope(String scope) {
        return "SCOPE_" + scope;
    }

    /** The {@code scope} claim: a list as the authorization server issues it, or the space-separated string of RFC 9068. */
    public static Set<String> scopes(Jwt jwt) {
        Set<String> scopes = new LinkedHashSet<>();
        Object claim = jwt.getClaims().get(SCOPE_CLAIM);
        if (claim instanceof String text) {
            for (String scope : text.split(" ")) {
                if (!scope.isBlank()) {
                    scopes.add(scope);
                }
            }
        } else if (claim instanceof Collection<?> values) {
            values.forEach(scope -> scopes.add(String.valueOf(scope)));
        }
        return scopes;
    }
}
