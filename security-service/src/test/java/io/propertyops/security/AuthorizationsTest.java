package io.propertyops.security;

import io.propertyops.security.token.application.Authorizations;
import io.propertyops.testsupport.PkceLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationsTest extends SecurityServiceTest {

    /** An owner no other test signs in with, so the SMS code limits leave them one code. */
    static final String OWNER_WITH_TWO_SIGN_INS = "13800000006";
    static final String SCOPE = "openid profile";

    @Autowired
    Authorizations authorizations;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    @Test
    void revokingAllOfAPersonEndsTheirPasswordAndSmsCodeSignInsButNobodyElses() {
        PkceLogin browser = PkceLogin.against(server());
        String byPassword = browser.login(APP, REDIRECT_URI, SCOPE, OWNER_WITH_TWO_SIGN_INS, DEMO_PASSWORD).refreshToken();
        assertThat(SmsCodeLoginTest.requestCode(OWNER_WITH_TWO_SIGN_INS).status()).isEqualTo(202);
        var bySmsCode = SmsCodeLoginTest.exchange(OWNER_WITH_TWO_SIGN_INS, SmsCodeLoginTest.deliveredCode(kafkaBootstrap, OWNER_WITH_TWO_SIGN_INS));
        assertThat(bySmsCode.status()).as(bySmsCode.toString()).isEqualTo(200);
        String technicians = PkceLogin.against(server()).login(PORTAL, REDIRECT_URI, SCOPE, TECHNICIAN_USERNAME, DEMO_PASSWORD).refreshToken();

        int revoked = authorizations.revokeAllOf(OWNER_WITH_TWO_SIGN_INS);

        assertThat(revoked).isEqualTo(2);
        assertInvalidGrant(browser.refresh(APP, byPassword));
        assertInvalidGrant(browser.refresh(APP, bySmsCode.json("$.refresh_token")));
        assertThat(browser.refresh(PORTAL, technicians).statusCode()).isEqualTo(200);
        assertThat(authorizations.revokeAllOf(OWNER_WITH_TWO_SIGN_INS)).isZero();
    }
}
