package io.propertyops.starter.security;

import io.propertyops.http.ProblemTypes;
import io.propertyops.http.TokenAuthorities;
import io.propertyops.http.VerifiedTokens;
import io.propertyops.starter.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every service is a resource server of its own (defence in depth behind the gateway): it validates the
 * JWT's signature, issuer and lifetime, maps the {@code roles} claim to {@code ROLE_*} authorities and the
 * {@code scope} claim to {@code SCOPE_*}, and answers 401/403 as problems. The operations marked
 * {@link Allowed#publicAccess()} pass without a token and check their callers themselves. A service that needs other
 * rules (security-service) defines its own {@link SecurityFilterChain} and this one backs off.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ResourceServerAutoConfiguration {

    public static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"
    };

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ObjectProvider<PublicOperations> publicOperations)
            throws Exception {
        PublicOperations operations = publicOperations.getIfAvailable();
        RequestMatcher publicApi = operations != null ? operations : request -> false;
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .requestMatchers(publicApi).permitAll()
                .anyRequest().authenticated());
        return bearerApi(http).build();
    }

    /**
     * The rules of every bearer-token API, for this chain and for a service that builds its own chains:
     * stateless, no CSRF (no cookies), JWT roles and scopes as authorities, 401/403 answered as problems.
     */
    public static HttpSecurity bearerApi(HttpSecurity http) throws Exception {
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problemEntryPoint())
                        .accessDeniedHandler(problemAccessDeniedHandler()))
                .oauth2ResourceServer(oauth2 -> oauth2
                        .authenticationEntryPoint(problemEntryPoint())
                        .accessDeniedHandler(problemAccessDeniedHandler())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter())));
    }

    /** What the servlet firewall refuses (an encoded slash or period, {@code ;}, a NUL) is a 400 problem too. */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler requestRejectedAsProblem() {
        return (request, response, rejected) -> ProblemWriter.write(response, HttpStatus.BAD_REQUEST, "bad-request",
                "The request's path or headers are not acceptable");
    }

    /**
     * Validates signature (keys from the issuer's JWKS), issuer and lifetime — the lifetime against the
     * injected {@link Clock}, so "a deactivated person's token stops working when it expires" is a fact
     * tests can check by moving the clock — once per token string: a valid token is kept until it expires.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
    JwtDecoder platformJwtDecoder(Environment environment, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withJwkSetUri(environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(Duration.ofSeconds(30));
        lifetime.setClock(clock);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(lifetime);
        String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        if (issuer != null) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return new CachingJwtDecoder(decoder, clock, VerifiedTokens.DEFAULT_MAXIMUM_SIZE);
    }

    public static Converter<Jwt, AbstractAuthenticationToken> jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(TokenAuthorities::of);
        return converter;
    }


    public static AuthenticationEntryPoint problemEntryPoint() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
                    ProblemTypes.UNAUTHORIZED_DETAIL);
        };
    }

    public static AccessDeniedHandler problemAccessDeniedHandler() {
        return (request, response, exception) -> ProblemWriter.write(response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
                ProblemTypes.FORBIDDEN_DETAIL);
    }
}
