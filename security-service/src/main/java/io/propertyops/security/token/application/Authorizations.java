package io.propertyops.security.token.application;

import io.propertyops.security.account.application.SignIns;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the authorization server remembers of each grant: authorization codes, refresh tokens, the tokens of a
 * sign-in. Kept in this replica's memory (a shared store comes with multi-replica identity), and indexed by the
 * person it was granted to, so that all of one person's grants can be revoked at once.
 * <p>
 * Every access is synchronized: Spring's in-memory store keeps unfinished grants (codes not yet exchanged) in a
 * plain {@code LinkedHashMap} it iterates when looking up a token, so concurrent sign-ins failed with a
 * {@code ConcurrentModificationException} — a 500 on the token endpoint (found by the intake benchmark).
 */
@Component
public class Authorizations implements OAuth2AuthorizationService, SignIns {

    private final InMemoryOAuth2AuthorizationService stored = new InMemoryOAuth2AuthorizationService();
    private final Map<String, Set<String>> idsByPrincipal = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        idsByPrincipal.compute(authorization.getPrincipalName(), (principal, ids) -> {
            stored.save(authorization);
            Set<String> known = ids == null ? new HashSet<>() : ids;
            // unfinished authorizations (codes never exchanged) are evicted by the in-memory store
            known.removeIf(id -> stored.findById(id) == null);
            known.add(authorization.getId());
            return known;
        });
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        idsByPrincipal.computeIfPresent(authorization.getPrincipalName(), (principal, ids) -> {
            ids.remove(authorization.getId());
            return ids.isEmpty() ? null : ids;
        });
        stored.remove(authorization);
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return stored.findById(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return stored.findByToken(token, tokenType);
    }

    /**
     * Removes every stored authorization of one person: their refresh tokens and authorization codes stop working
     * at once; access tokens already issued are self-contained and run out by themselves.
     *
     * @param principalName the name Spring Authorization Server stored the grants under. For a person that is the
     *                      account's username ({@code Account.username()}: an owner's phone number, a staff member's
     *                      login name), whether they signed in through the login form or with an SMS code; not the
     *                      account id. Grants made before a username change stay under the old name.
     * @return how many authorizations were removed
     */
    @Override
    public synchronized int revokeAllOf(String principalName) {
        Set<String> ids = idsByPrincipal.remove(principalName);
        if (ids == null) {
            return 0;
        }
        int revoked = 0;
        for (String id : ids) {
            OAuth2Authorization authorization = stored.findById(id);
            if (authorization != null) {
                stored.remove(authorization);
                revoked++;
            }
        }
        return revoked;
    }
}
