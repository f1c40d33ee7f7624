package io.propertyops.security.token.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** Many people signing in at once: codes saved and looked up from many threads, as the token endpoint does. */
class AuthorizationsConcurrencyTest {

    static final RegisteredClient APP = RegisteredClient.withId("app").clientId("propertyops-app")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://127.0.0.1:8765/callback").build();

    /** A sign-in before its code is exchanged: the kind Spring's in-memory store keeps in its size-bounded map. */
    static OAuth2Authorization unfinished(String person) {
        return OAuth2Authorization.withRegisteredClient(APP).id(UUID.randomUUID().toString()).principalName(person)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .attribute(OAuth2ParameterNames.STATE, "state-" + UUID.randomUUID()).build();
    }

    @Test
    void concurrentSignInsNeverTripOverEachOther() throws Exception {
        Authorizations authorizations = new Authorizations();
        List<Future<Integer>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int worker = 0; worker < 8; worker++) {
                String person = "1380013800" + worker;
                workers.add(pool.submit(() -> {
                    int found = 0;
                    for (int i = 0; i < 300; i++) {
                        OAuth2Authorization saved = unfinished(person);
                        authorizations.save(saved);
                        String state = saved.getAttribute(OAuth2ParameterNames.STATE);
                        if (authorizations.findByToken(state, new OAuth2TokenType(OAuth2ParameterNames.STATE)) != null) {
                            found++;
                        }
                    }
                    return found;
                }));
            }
            for (Future<Integer> worker : workers) {
                // get() rethrows what the worker threw; unfinished sign-ins beyond the store's 100 may be evicted by others
                assertThat(worker.get()).isPositive();
            }
        }
        OAuth2Authorization afterwards = unfinished("13800138009");
        authorizations.save(afterwards);
        assertThat(authorizations.findById(afterwards.getId())).isEqualTo(afterwards);
        assertThat(authorizations.revokeAllOf("13800138009")).isOne();
    }
}
