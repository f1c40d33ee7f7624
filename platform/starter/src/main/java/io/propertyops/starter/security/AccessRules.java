package io.propertyops.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enforces {@link Allowed} before a controller runs (403 problem for a role that may not; a public operation checks
 * its caller itself), and at start-up refuses a service in which some {@code /api/**} operation has no rule, or a
 * public one names roles too.
 */
public class AccessRules implements HandlerInterceptor, SmartInitializingSingleton {

    private final ApplicationContext context;

    public AccessRules(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Allowed rule = method.getMethodAnnotation(Allowed.class);
        if (rule == null || rule.publicAccess()) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (!permits(rule, authorities)) {
            throw new AccessDeniedException("Not allowed for this role");
        }
        return true;
    }

    static boolean permits(Allowed rule, Set<String> authorities) {
        for (String role : rule.roles()) {
            if (authorities.contains("ROLE_" + role)) {
                return true;
            }
        }
        if (authorities.contains("ROLE_" + Roles.INTEGRATION)) {
            for (String scope : rule.scopes()) {
                if (authorities.contains("SCOPE_" + scope)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> missing = new ArrayList<>();
        List<String> mixed = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                boolean api = entry.getKey().getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
                Allowed rule = entry.getValue().getMethodAnnotation(Allowed.class);
                if (api && rule == null) {
                    missing.add(entry.getKey() + " -> " + entry.getValue());
                } else if (rule != null && rule.publicAccess() && (rule.roles().length > 0 || rule.scopes().length > 0)) {
                    mixed.add(entry.getKey() + " -> " + entry.getValue());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("These API operations have no @Allowed access rule: " + missing);
        }
        if (!mixed.isEmpty()) {
            throw new IllegalStateException("These public operations name roles or scopes too: " + mixed);
        }
    }
}
