package io.propertyops.gateway;

import io.propertyops.http.ProblemTypes;
import io.propertyops.http.TokenAuthorities;
import io.propertyops.http.VerifiedTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * The gateway's own JWT check: an API call without a valid token never reaches a service; each token string is
 * verified once and kept until it expires. The login, token and key endpoints of security-service pass through
 * untouched, as do the docs, a device gateway's signed batches (facility-service checks their HMAC signature) and a
 * payment provider's signed notifications (billing-service checks their RSA signature). Management (health, metrics) is on its own port, never on this one.
 */
@Configuration
@EnableWebFluxSecurity
class GatewaySecurity {

    /** An API path without a token: a device gateway's batches, signed (HMAC) and checked by facility-service. */
    static final String DEVICE_INTAKE = "/api/v1/device-intake/*/batches";

    /** An API path without a token: a payment provider's notifications, signed (RSA) and checked by billing-service. */
    static final String PAYMENT_NOTIFY = "/api/v1/payments/notify/*";

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, GatewayProperties properties, ReactiveJwtDecoder jwtDecoder) {
        return http
                .cors(cors -> cors.configurationSource(portalOnly(properties)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicy(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        // device gateways sign their batches with their own secret, which facility-service checks
                        .pathMatchers(HttpMethod.POST, DEVICE_INTAKE).permitAll()
                        // payment providers (WeChat Pay) sign their notifications, which billing-service verifies
                        .pathMatchers(HttpMethod.POST, PAYMENT_NOTIFY).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(accessDenied()))
                .oauth2ResourceServer(oauth2 -> oauth2
                        .authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(accessDenied())
                        .jwt(jwt -> jwt
                                .jwtDecoder(new CachingReactiveJwtDecoder(jwtDecoder, Clock.systemUTC(),
                                        VerifiedTokens.DEFAULT_MAXIMUM_SIZE))
                                .jwtAuthenticationConverter(authenticationConverter())))
                .build();
    }

    /**
     * Spring Security's strict firewall (encoded slashes, {@code ..}, semicolons, control characters), and a path
     * or query whose percent-escapes are not UTF-8, which a service's servlet container would refuse with an HTML
     * page (a path) or fail on (a query parameter).
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall strict = new StrictServerWebExchangeFirewall();
        return exchange -> {
            URI uri = exchange.getRequest().getURI();
            return decodesAsUtf8(uri.getRawPath()) && (uri.getRawQuery() == null || decodesAsUtf8(uri.getRawQuery()))
                    ? strict.getFirewalledExchange(exchange)
                    : Mono.error(new ServerExchangeRejectedException("percent-escapes that are not UTF-8"));
        };
    }

    /** What the firewall refuses is a 400 problem like every other refusal, not an empty answer. */
    @Bean
    ServerExchangeRejectedHandler rejectedAsProblem() {
        return (exchange, rejected) -> GatewayProblems.write(exchange, HttpStatus.BAD_REQUEST, ProblemTypes.BAD_REQUEST,
                "The request's path or headers are not acceptable");
    }

    static boolean decodesAsUtf8(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (low < 0) {
                return false;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Browsers may call the API cross-origin only from the staff portal's origins. */
    private static CorsConfigurationSource portalOnly(GatewayProperties properties) {
        CorsConfiguration portal = new CorsConfiguration();
        portal.setAllowedOrigins(properties.portalOrigins());
        portal.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        portal.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "If-Match", "traceparent"));
        portal.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
        portal.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", portal);
        source.registerCorsConfiguration("/oauth2/token", portal);
        return source;
    }

    private static Converter<Jwt, Mono<AbstractAuthenticationToken>> authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenAuthorities::of);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }


    private static ServerAuthenticationEntryPoint entryPoint() {
        return (exchange, e) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return GatewayProblems.write(exchange, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
                    ProblemTypes.UNAUTHORIZED_DETAIL);
        };
    }

    private static ServerAccessDeniedHandler accessDenied() {
        return (exchange, e) -> GatewayProblems.write(exchange, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
                ProblemTypes.FORBIDDEN_DETAIL);
    }
}
