package io.propertyops.security;

import com.nimbusds.jwt.SignedJWT;
import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRotationTest extends SecurityServiceTest {

    static String login(String username) {
        return PkceLogin.against(server()).login(APP, REDIRECT_URI, "openid profile", username, DEMO_PASSWORD).accessToken();
    }

    static String kid(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    @Test
    void aRotatedKeySignsNewTokensWhileTokensOfThePreviousKeyStillVerify() throws Exception {
        String admin = login("admin");
        String before = login(OWNER_USERNAME);
        int published = SignedTokens.publishedKeys(server()).getKeys().size();

        var rotated = TestHttp.at(issuer()).post("/api/v1/signing-keys/rotation", admin, "");

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
        String newKid = rotated.json("$.keyId");
        assertThat(newKid).isNotEqualTo(kid(before));
        assertThat(SignedTokens.publishedKeys(server()).getKeys()).hasSize(published + 1);
        String after = login(OWNER_USERNAME);
        assertThat(kid(after)).isEqualTo(newKid);
        assertThat(SignedTokens.verifiedClaims(after, server()).getSubject()).isEqualTo(OWNER_ID);
        assertThat(SignedTokens.verifiedClaims(before, server()).getSubject()).isEqualTo(OWNER_ID);
        assertThat(TestHttp.at(issuer()).get("/userinfo", before).status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminRotatesKeys() {
        var refused = TestHttp.at(issuer()).post("/api/v1/signing-keys/rotation", login(TECHNICIAN_USERNAME), "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }
}
