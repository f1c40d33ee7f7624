package io.propertyops.security.web;

import io.propertyops.security.client.PublicClientRefresh;
import io.propertyops.starter.security.ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import io.propertyops.security.sms.SmsCodeGrant;
import io.propertyops.security.sms.SmsCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
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
                    server.oidc(Customizer.withDefaults())
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
