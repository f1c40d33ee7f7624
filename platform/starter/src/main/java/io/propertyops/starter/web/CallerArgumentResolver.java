package io.propertyops.starter.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves a {@link Caller} controller parameter from the validated JWT. */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new InsufficientAuthenticationException("A bearer token is required");
        }
        return fromJwt(jwt);
    }

    public static Caller fromJwt(Jwt jwt) {
        return new Caller(jwt.getSubject(), jwt.getClaimAsString("name"),
                strings(jwt, "roles"), strings(jwt, "community_ids"), strings(jwt, "unit_ids"), scopes(jwt));
    }

    /** The {@code scope} claim: a list as the authorization server issues it, or the space-separated string of RFC 9068. */
    public static Set<String> scopes(Jwt jwt) {
        Set<String> scopes = new HashSet<>();
        Object claim = jwt.getClaims().get("scope");
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

    private static Set<String> strings(Jwt jwt, String claim) {
        List<String> values = jwt.getClaimAsStringList(claim);
        return values == null ? Set.of() : new HashSet<>(values);
    }
}
