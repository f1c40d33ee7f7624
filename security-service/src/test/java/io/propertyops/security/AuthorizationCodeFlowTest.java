package io.propertyops.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.PkceLogin.Authorization;
import io.propertyops.testsupport.PkceLogin.AuthorizationRequest;
import io.propertyops.testsupport.PkceLogin.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationCodeFlowTest extends SecurityServiceTest {

    private static final String SCOPE = "openid profile";

    @Test
    void ownerSignsInWithPkceAndGetsATokenNamingTheirAccountRoleCommunityAndUnit() throws Exception {
        Tokens tokens = PkceLogin.against(server()).login(APP, REDIRECT_URI, SCOPE, OWNER_USERNAME, DEMO_PASSWORD);

        JWTClaimsSet claims = SignedTokens.verifiedClaims(tokens.accessToken(), server());
        assertThat(claims.getSubject()).isEqualTo(OWNER_ID);
        assertThat(claims.getIssuer()).isEqualTo(issuer());
        assertThat(claims.getStringListClaim("roles")).containsExactly("OWNER");
        assertThat(claims.getStringListClaim("community_ids")).containsExactly(COMMUNITY);
        assertThat(claims.getStringListClaim("unit_ids")).containsExactly(OWNER_UNIT);
        assertThat(claims.getStringClaim("name")).isEqualTo("张伟");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo(OWNER_USERNAME);
        assertThat(claims.getExpirationTime()).isBefore(Date.from(claims.getIssueTime().toInstant().plus(Duration.ofMinutes(15).plusSeconds(1))));
        assertThat(tokens.expiresIn()).isBetween(890L, 900L);
        assertThat(tokens.refreshToken()).isNotBlank();

        JWTClaimsSet idToken = SignedTokens.verifiedClaims(tokens.idToken(), server());
        assertThat(idToken.getSubject()).isEqualTo(OWNER_ID);
        assertThat(idToken.getAudience()).containsExactly(APP);
    }

    @Test
    void staffSignInCarriesTheirRoleAndCommunityButNoUnits() throws Exception {
        Tokens tokens = PkceLogin.against(server()).login(PORTAL, REDIRECT_URI, SCOPE, TECHNICIAN_USERNAME, DEMO_PASSWORD);

        JWTClaimsSet claims = SignedTokens.verifiedClaims(tokens.accessToken(), server());
        assertThat(claims.getSubject()).isEqualTo(TECHNICIAN_ID);
        assertThat(claims.getStringListClaim("roles")).containsExactly("TECHNICIAN");
        assertThat(claims.getStringListClaim("community_ids")).containsExactly(COMMUNITY);
        assertThat(claims.getStringListClaim("unit_ids")).isEmpty();
    }

    @Test
    void wrongPasswordNeverYieldsACode() {
        PkceLogin browser = PkceLogin.against(server());
        AuthorizationRequest request = browser.request(APP, REDIRECT_URI, SCOPE);

        Authorization authorization = browser.authorize(request, OWNER_USERNAME, "not-the-password");

        assertThat(authorization.code()).isEmpty();
        assertThat(authorization.finalLocation().getPath()).isEqualTo("/login");
        assertThat(authorization.finalLocation().getQuery()).contains("error");
        assertThat(authorization.redirects()).noneMatch(uri -> uri.toString().startsWith(REDIRECT_URI));
    }

    @Test
    void unknownUserNeverYieldsACode() {
        PkceLogin browser = PkceLogin.against(server());

        Authorization authorization = browser.authorize(browser.request(APP, REDIRECT_URI, SCOPE), "19999999999", DEMO_PASSWORD);

        assertThat(authorization.code()).isEmpty();
    }

    @Test
    void authorizationRequestWithoutCodeChallengeIsRefused() {
        PkceLogin browser = PkceLogin.against(server());
        AuthorizationRequest withoutPkce = browser.request(APP, REDIRECT_URI, SCOPE).withoutPkce();

        Authorization authorization = browser.authorize(withoutPkce, OWNER_USERNAME, DEMO_PASSWORD);

        assertThat(authorization.code()).isEmpty();
        assertThat(authorization.error()).contains("invalid_request");
        assertThat(authorization.parameter("error_description").orElseThrow()).contains("code_challenge");
    }

    @Test
    void signedInBrowserStillCannotSkipPkce() {
        PkceLogin browser = PkceLogin.against(server());
        AuthorizationRequest first = browser.request(APP, REDIRECT_URI, SCOPE);
        assertThat(browser.authorize(first, OWNER_USERNAME, DEMO_PASSWORD).code()).isPresent();

        Authorization second = browser.authorize(browser.request(APP, REDIRECT_URI, SCOPE).withoutPkce(), OWNER_USERNAME, DEMO_PASSWORD);

        assertThat(second.code()).isEmpty();
        assertThat(second.error()).contains("invalid_request");
    }

    @Test
    void codeIsOnlyExchangedWithTheMatchingVerifier() {
        PkceLogin browser = PkceLogin.against(server());
        AuthorizationRequest request = browser.request(APP, REDIRECT_URI, SCOPE);
        String code = browser.authorize(request, OWNER_USERNAME, DEMO_PASSWORD).code().orElseThrow();
        AuthorizationRequest otherVerifier = browser.request(APP, REDIRECT_URI, SCOPE);

        HttpResponse<String> response = browser.exchange(
                new AuthorizationRequest(APP, REDIRECT_URI, SCOPE, otherVerifier.codeVerifier(), request.state(), true), code);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }

    @Test
    void refreshTokenRotatesAndTheUsedOneIsRefused() throws Exception {
        PkceLogin browser = PkceLogin.against(server());
        Tokens first = browser.login(APP, REDIRECT_URI, SCOPE, OWNER_USERNAME, DEMO_PASSWORD);

        Tokens second = Tokens.of(browser.refresh(APP, first.refreshToken()));
        HttpResponse<String> replay = browser.refresh(APP, first.refreshToken());

        assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThat(SignedTokens.verifiedClaims(second.accessToken(), server()).getSubject()).isEqualTo(OWNER_ID);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("invalid_grant");
    }

    @Test
    void refreshTokenOfOneClientIsRefusedToAnother() {
        PkceLogin browser = PkceLogin.against(server());
        Tokens appTokens = browser.login(APP, REDIRECT_URI, SCOPE, OWNER_USERNAME, DEMO_PASSWORD);

        HttpResponse<String> response = browser.refresh(PORTAL, appTokens.refreshToken());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }

    @Test
    void theAppRevokesItsRefreshTokenWhichIsThenRefused() {
        PkceLogin browser = PkceLogin.against(server());
        Tokens tokens = browser.login(APP, REDIRECT_URI, SCOPE, OWNER_USERNAME, DEMO_PASSWORD);

        HttpResponse<String> revoked = browser.revoke(APP, tokens.refreshToken());

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertInvalidGrant(browser.refresh(APP, tokens.refreshToken()));
    }

    @Test
    void aClientCannotRevokeAnotherClientsRefreshToken() {
        PkceLogin browser = PkceLogin.against(server());
        Tokens appTokens = browser.login(APP, REDIRECT_URI, SCOPE, OWNER_USERNAME, DEMO_PASSWORD);

        HttpResponse<String> refused = browser.revoke(PORTAL, appTokens.refreshToken());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_client");
        assertThat(browser.refresh(APP, appTokens.refreshToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheLoginSessionAndTheRefreshTokenOfThatSignIn() {
        PkceLogin browser = PkceLogin.against(server());
        Tokens tokens = browser.login(APP, REDIRECT_URI, SCOPE, OWNER_USERNAME, DEMO_PASSWORD);
        // signed in, the browser gets a code without the password being checked
        assertThat(browser.authorize(browser.request(APP, REDIRECT_URI, SCOPE), OWNER_USERNAME, "not-the-password").code()).isPresent();

        HttpResponse<String> loggedOut = browser.logout(tokens.idToken());

        assertThat(loggedOut.statusCode()).as(loggedOut.body()).isEqualTo(302);
        assertThat(browser.authorize(browser.request(APP, REDIRECT_URI, SCOPE), OWNER_USERNAME, "not-the-password").code()).isEmpty();
        assertInvalidGrant(browser.refresh(APP, tokens.refreshToken()));
    }

    @Test
    void behindTheGatewayEveryRedirectPointsAtThePublicUrl() {
        URI publicUrl = URI.create("https://gateway.propertyops.test:8443");
        PkceLogin browser = PkceLogin.behindProxy(server(), publicUrl);
        AuthorizationRequest request = browser.request(APP, REDIRECT_URI, SCOPE);

        Authorization authorization = browser.authorize(request, OWNER_USERNAME, DEMO_PASSWORD);

        assertThat(authorization.code()).isPresent();
        assertThat(authorization.state()).contains(request.state());
        assertThat(authorization.redirects()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(authorization.redirects().getFirst().toString()).isEqualTo(publicUrl + "/login");
        assertThat(authorization.redirects().subList(0, authorization.redirects().size() - 1))
                .allSatisfy(uri -> assertThat(uri.toString()).startsWith(publicUrl.toString()));
        assertThat(Tokens.of(browser.exchange(request, authorization.code().get())).accessToken()).isNotBlank();
    }

    @Test
    void userInfoDescribesTheSignedInAccount() throws Exception {
        Tokens tokens = PkceLogin.against(server()).login(APP, REDIRECT_URI, SCOPE, OWNER_USERNAME, DEMO_PASSWORD);

        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server() + "/userinfo"))
                    .header("Authorization", "Bearer " + tokens.accessToken()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode userInfo = JsonMapper.builder().build().readTree(response.body());
            assertThat(userInfo.path("sub").asString()).isEqualTo(OWNER_ID);
            assertThat(userInfo.path("preferred_username").asString()).isEqualTo(OWNER_USERNAME);
        }
    }
}
