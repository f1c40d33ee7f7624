package io.propertyops.security;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads a token the way a resource server does: its signature checked against the issuer's published JWKS. */
public final class SignedTokens {

    private SignedTokens() {
    }

    public static JWKSet publishedKeys(URI server) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server + "/oauth2/jwks")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("/oauth2/jwks answered " + response.statusCode());
            }
            return JWKSet.parse(response.body());
        }
    }

    /** The claims of a token whose signature verifies against the server's /oauth2/jwks; fails otherwise. */
    public static JWTClaimsSet verifiedClaims(String token, URI server) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = (RSAKey) publishedKeys(server).getKeyByKeyId(jwt.getHeader().getKeyID());
        if (key == null) {
            throw new AssertionError("token signed with key " + jwt.getHeader().getKeyID() + ", which /oauth2/jwks does not publish");
        }
        if (key.isPrivate()) {
            throw new AssertionError("/oauth2/jwks publishes a private key");
        }
        JWSVerifier verifier = new RSASSAVerifier(key);
        if (!jwt.verify(verifier)) {
            throw new AssertionError("token signature does not verify");
        }
        return jwt.getJWTClaimsSet();
    }
}
