package io.propertyops.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The staff portal's files (the {@code portal} module's jar, {@code static/} on the classpath, served at {@code /}):
 * its hashed assets are cached for a year and never revalidated, its {@code index.html} is revalidated on every
 * load (so a new release is picked up at once), and both carry a Content-Security-Policy that allows no inline
 * script. Spring Security writes its own headers only where none are set, so these win for these paths.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PortalFiles implements WebFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            // Element Plus positions popovers and tables with style attributes
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HASHED = "public, max-age=31536000, immutable";
    static final String REVALIDATED = "no-cache";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            String cacheControl = cacheControl(exchange.getRequest().getPath().pathWithinApplication().value());
            if (cacheControl != null) {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set(HttpHeaders.CACHE_CONTROL, cacheControl);
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
        }
        return chain.filter(exchange);
    }

    /** The caching of a portal path, or null when the path is not the portal's. */
    static String cacheControl(String path) {
        if (path.startsWith("/assets/") && !path.contains("..")) {
            return HASHED;
        }
        if (path.equals("/") || path.equals("/index.html") || path.equals("/favicon.svg")) {
            return REVALIDATED;
        }
        return null;
    }
}
