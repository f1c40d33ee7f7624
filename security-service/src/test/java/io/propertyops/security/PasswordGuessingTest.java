package io.propertyops.security;

import io.propertyops.testsupport.PkceLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordGuessingTest extends SecurityServiceTest {

    static final String SCOPE = "openid profile";

    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void unlock() {
        mongo.remove(new Query(), "login_attempts");
    }

    boolean signsIn(String username, String password) {
        PkceLogin browser = PkceLogin.against(server());
        return browser.authorize(browser.request(APP, REDIRECT_URI, SCOPE), username, password).code().isPresent();
    }

    long audited(String action, String username) {
        return mongo.count(Query.query(Criteria.where("action").is(action).and("username").is(username)), "audit_log");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        long failedBefore = audited("LOGIN_FAILED", TECHNICIAN_USERNAME);
        for (int i = 0; i < 5; i++) {
            assertThat(signsIn(TECHNICIAN_USERNAME, "guess-" + i)).isFalse();
        }

        assertThat(signsIn(TECHNICIAN_USERNAME, DEMO_PASSWORD)).isFalse();
        assertThat(audited("LOGIN_FAILED", TECHNICIAN_USERNAME) - failedBefore).isEqualTo(5);
        assertThat(audited("LOGIN_LOCKED_OUT", TECHNICIAN_USERNAME)).isPositive();
    }

    @Test
    void anUnknownUsernameLocksLikeAKnownOne() {
        for (int i = 0; i < 5; i++) {
            signsIn("nobody-here", "guess-" + i);
        }
        long lockedBefore = audited("LOGIN_LOCKED_OUT", "nobody-here");
        signsIn("nobody-here", "guess-6");
        assertThat(audited("LOGIN_LOCKED_OUT", "nobody-here")).isEqualTo(lockedBefore + 1);
    }

    @Test
    void aSuccessfulLoginIsAuditedAndClearsEarlierFailures() {
        long before = audited("LOGIN_SUCCEEDED", TECHNICIAN_USERNAME);
        for (int i = 0; i < 4; i++) {
            signsIn(TECHNICIAN_USERNAME, "guess-" + i);
        }
        assertThat(signsIn(TECHNICIAN_USERNAME, DEMO_PASSWORD)).isTrue();
        assertThat(audited("LOGIN_SUCCEEDED", TECHNICIAN_USERNAME)).isEqualTo(before + 1);
        for (int i = 0; i < 4; i++) {
            signsIn(TECHNICIAN_USERNAME, "guess-again-" + i);
        }
        assertThat(signsIn(TECHNICIAN_USERNAME, DEMO_PASSWORD)).isTrue();
    }
}
