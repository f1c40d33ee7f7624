package io.propertyops.security;

import io.propertyops.security.client.application.PublicClientRefresh;
import io.propertyops.security.sms.application.SmsCodeGrant;
import io.propertyops.security.sms.application.SmsCodes;
import io.propertyops.starter.security.ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Set;

/**
 * Two filter chains: the authorization server's protocol endpoints, and everything else (the login form,
 * actuator, API docs). Defining them makes the starter's resource-server chain back off.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository clients,
                                                 AuthorizationServerSettings settings, SmsCodes smsCodes,
                                                 OAuth2AuthorizationService authorizations,
                                                 OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.tokenEndpoint(token -> token
                                    .accessTokenRequestConverter(SmsCodeGrant.converter())
                                    .authenticationProvider(SmsCodeGrant.provider(smsCodes, authorizations, tokenGenerator)));
                    server.oidc(oidc -> oidc.logoutEndpoint(logout -> logout.logoutResponseHandler(logoutEndingTheSignIn(authorizations))))
                            .clientAuthentication(authentication -> authentication
                                    .authenticationConverter(PublicClientRefresh.converter(settings))
                                    .authenticationProvider(PublicClientRefresh.provider(clients)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), signInRequests(settings)));
        return http.build();
    }

    /** The account API: bearer tokens only, as in every service, with problem responses. */
    @Bean
    @Order(0)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**").authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return ResourceServerAutoConfiguration.bearerApi(http).build();
    }

    /** Health, metrics and API docs are open, as in every service; the rest asks for a login. */
    @Bean
    @Order(2)
    SecurityFilterChain defaultChain(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(ResourceServerAutoConfiguration.PUBLIC_PATHS).permitAll()
                        .requestMatchers("/login/sms-code").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/login/sms-code"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        ResourceServerAutoConfiguration.problemEntryPoint(), PathPatternRequestMatcher.withDefaults().matcher("/login/sms-code")))
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * RP-initiated logout ends the login session, as Spring Authorization Server does by default, and also the
     * authorization the ID token was issued with, so that sign-in's refresh token stops working too.
     */
    private static AuthenticationSuccessHandler logoutEndingTheSignIn(OAuth2AuthorizationService authorizations) {
        OidcLogoutAuthenticationSuccessHandler handler = new OidcLogoutAuthenticationSuccessHandler();
        SecurityContextLogoutHandler session = new SecurityContextLogoutHandler();
        handler.setLogoutHandler((request, response, authentication) -> {
            OidcLogoutAuthenticationToken logout = (OidcLogoutAuthenticationToken) authentication;
            OAuth2Authorization signIn = authorizations.findByToken(logout.getIdToken().getTokenValue(), ID_TOKEN);
            if (signIn != null) {
                authorizations.remove(signIn);
            }
            if (logout.isPrincipalAuthenticated()) {
                session.logout(request, response, (Authentication) logout.getPrincipal());
            }
        });
        return handler;
    }

    /**
     * Who is sent to the login form rather than answered 401: anyone at the authorization endpoint (scripts and
     * apps send no {@code Accept: text/html}) and browsers anywhere.
     */
    private static RequestMatcher signInRequests(AuthorizationServerSettings settings) {
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(settings.getAuthorizationEndpoint()),
                browsers);
    }
}
