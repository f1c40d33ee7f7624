package io.propertyops.security;

import com.nimbusds.jose.jwk.JWK;
import io.propertyops.security.token.application.KeyRing;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static io.propertyops.security.KeyRotationTest.kid;
import static io.propertyops.security.SecurityServiceTest.APP;
import static io.propertyops.security.SecurityServiceTest.DEMO_PASSWORD;
import static io.propertyops.security.SecurityServiceTest.OWNER_ID;
import static io.propertyops.security.SecurityServiceTest.OWNER_USERNAME;
import static io.propertyops.security.SecurityServiceTest.REDIRECT_URI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's clock is moved here, so this class runs in an application context of its own rather than the one
 * {@link SecurityServiceTest} shares.
 */
@ServiceTest
@MovableClock
@TestPropertySource(properties = {
        "propertyops.demo.data-file=classpath:demo/estate.json",
        "propertyops.demo.password=" + SecurityServiceTest.DEMO_PASSWORD,
})
class KeyRetirementTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    KeyRing keys;

    @Test
    void aSupersededKeyIsPublishedUntilEveryTokenItSignedHasExpiredAndThenLeavesTheKeySet() throws Exception {
        URI server = URI.create("http://127.0.0.1:" + port);
        String signedBefore = login(server);
        String previousKid = kid(signedBefore);

        String currentKid = keys.rotate().keyId();

        assertThat(SignedTokens.verifiedClaims(signedBefore, server).getSubject()).isEqualTo(OWNER_ID);
        assertThat(kid(login(server))).isEqualTo(currentKid);

        // ID tokens live 30 minutes, the default margin is 5
        clock.advance(Duration.ofMinutes(34));
        assertThat(publishedKids(server)).containsExactlyInAnyOrder(previousKid, currentKid);

        clock.advance(Duration.ofMinutes(2));
        assertThat(publishedKids(server)).containsExactly(currentKid);
        String signedAfter = login(server);
        assertThat(SignedTokens.verifiedClaims(signedAfter, server).getSubject()).isEqualTo(OWNER_ID);
    }

    private static String login(URI server) {
        return PkceLogin.against(server).login(APP, REDIRECT_URI, "openid profile", OWNER_USERNAME, DEMO_PASSWORD).accessToken();
    }

    private static List<String> publishedKids(URI server) throws Exception {
        return SignedTokens.publishedKeys(server).getKeys().stream().map(JWK::getKeyID).toList();
    }
}
