package io.propertyops.security;

import io.propertyops.security.token.application.Authorizations;
import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeactivationTest extends SecurityServiceTest {

    static final String SCOPE = "openid profile";
    static final String TENANT_ID = "p0000000-0000-4000-8000-000000000002";
    static final String TENANT_USERNAME = "13800000002";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Authorizations authorizations;

    static PkceLogin.Tokens login(String username) {
        return PkceLogin.against(server()).login(APP, REDIRECT_URI, SCOPE, username, DEMO_PASSWORD);
    }

    static TestHttp.Response deactivate(String token, String accountId) {
        return TestHttp.at(issuer()).post("/api/v1/accounts/" + accountId + "/deactivation", token,
                "{\"reason\": \"租户已搬离\"}");
    }

    @Test
    void aDeactivatedPersonGetsNoNewTokensAndTheirRefreshTokenIsRefused() {
        PkceLogin.Tokens tenant = login(TENANT_USERNAME);
        String admin = login("admin").accessToken();

        assertProblem(deactivate(login(TECHNICIAN_USERNAME).accessToken(), TENANT_ID), 403, "forbidden");
        var done = deactivate(admin, TENANT_ID);

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.<Boolean>json("$.enabled")).isFalse();
        assertThat(authorizations.findByToken(tenant.refreshToken(), OAuth2TokenType.REFRESH_TOKEN))
                .as("the stored refresh token is revoked, not only refused").isNull();
        var refresh = PkceLogin.against(server()).refresh(APP, tenant.refreshToken());
        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(refresh.body()).contains("invalid_grant");
        PkceLogin browser = PkceLogin.against(server());
        assertThat(browser.authorize(browser.request(APP, REDIRECT_URI, SCOPE), TENANT_USERNAME, DEMO_PASSWORD).code()).isEmpty();

        assertProblem(deactivate(admin, TENANT_ID), 409, "already-deactivated");
        assertThat(mongo.count(Query.query(Criteria.where("action").is("ACCOUNT_DEACTIVATED").and("accountId").is(TENANT_ID)), "audit_log"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(Query.query(Criteria.where("_id").is(TENANT_ID)
                .and("pendingEvents.0").exists(true)), "accounts") == 0);
    }

    @Test
    void unknownAccountsAndBadRequestsAreProblems() {
        String admin = login("admin").accessToken();
        assertProblem(deactivate(admin, "no-such-person"), 404, "not-found");
        assertProblem(TestHttp.at(issuer()).post("/api/v1/accounts/" + TECHNICIAN_ID + "/deactivation", admin, "{}"),
                400, "validation-failed");
        assertProblem(deactivate(null, TECHNICIAN_ID), 401, "unauthorized");
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo(code);
    }
}
