package io.propertyops.security.token.application;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.propertyops.security.client.application.TokenProperties;
import io.propertyops.security.token.domain.KeyRetirement;
import io.propertyops.security.token.domain.SigningKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

import java.time.Clock;
import java.util.Date;

@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    KeyRetirement keyRetirement(SigningKeyProperties keys, TokenProperties tokens) {
        return keys.retirement(tokens.accessTokenTtl());
    }

    @Bean
    KeyRing keyRing(SigningKeyStore store, Clock clock) {
        return new KeyRing(store, clock);
    }

    /** Every stored key, published at /oauth2/jwks until it is retired; the newest one signs. */
    @Bean
    JWKSource<SecurityContext> jwkSource(KeyRing keys) {
        return (selector, context) -> selector.select(
                new JWKSet(keys.current().all().stream().map(TokenConfiguration::jwk).map(JWK.class::cast).toList()));
    }

    /** Signs with the active key only: several keys in the set would otherwise be ambiguous. */
    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource, KeyRing keys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(jwkSource);
        encoder.setJwkSelector(candidates -> {
            String signingKeyId = keys.current().active().keyId();
            return candidates.stream()
                    .filter(candidate -> signingKeyId.equals(candidate.getKeyID()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("signing key " + signingKeyId + " is not in the key set"));
        });
        return encoder;
    }

    /** For the endpoints the authorization server protects itself: /userinfo and client registration. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthorizationServerSettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        if (settings.getIssuer() != null) {
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.getIssuer()));
        }
        return decoder;
    }

    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(JwtEncoder jwtEncoder, OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims, Clock clock) {
        JwtGenerator jwts = new JwtGenerator(jwtEncoder);
        jwts.setJwtCustomizer(tokenClaims);
        jwts.setClock(clock);
        return new DelegatingOAuth2TokenGenerator(jwts, new RefreshTokens(clock));
    }

    /** The key as a JWK, private part included; the key set endpoint publishes only the public part. */
    static RSAKey jwk(SigningKey key) {
        return new RSAKey.Builder(key.publicKey())
                .privateKey(key.privateKey())
                .keyID(key.keyId())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .issueTime(Date.from(key.createdAt()))
                .build();
    }
}
