package io.propertyops.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The requests of the operations marked {@link Allowed#publicAccess()}, by method and path pattern, for the filter
 * chain to let through without a token. Read from the handler mappings at the first request, when they are complete.
 */
public class PublicOperations implements RequestMatcher {

    private final ApplicationContext context;
    private volatile List<RequestMatcher> matchers;

    public PublicOperations(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        for (RequestMatcher matcher : matchers()) {
            if (matcher.matches(request)) {
                return true;
            }
        }
        return false;
    }

    private List<RequestMatcher> matchers() {
        List<RequestMatcher> known = matchers;
        if (known == null) {
            known = new ArrayList<>();
            for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
                for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                    Allowed rule = entry.getValue().getMethodAnnotation(Allowed.class);
                    if (rule == null || !rule.publicAccess()) {
                        continue;
                    }
                    for (String pattern : entry.getKey().getPatternValues()) {
                        if (entry.getKey().getMethodsCondition().getMethods().isEmpty()) {
                            known.add(PathPatternRequestMatcher.withDefaults().matcher(pattern));
                        }
                        for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                            known.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(method.name()), pattern));
                        }
                    }
                }
            }
            matchers = List.copyOf(known);
        }
        return known;
    }
}
