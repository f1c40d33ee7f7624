package io.propertyops.security;

import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordChangeTest extends SecurityServiceTest {

    static final String PHONE = "13800000005";

    static TestHttp.Response change(String token, String current, String next) {
        TestHttp http = TestHttp.at(issuer());
        return http.send(http.request("/api/v1/me/password", token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + next + "\"}", StandardCharsets.UTF_8)));
    }

    static boolean signsIn(String password) {
        PkceLogin browser = PkceLogin.against(server());
        return browser.authorize(browser.request(APP, REDIRECT_URI, "openid profile"), PHONE, password).code().isPresent();
    }

    @Test
    void aPersonChangesTheirPasswordOnlyToOneThePolicyAccepts() {
        String token = PkceLogin.against(server()).login(APP, REDIRECT_URI, "openid profile", PHONE, DEMO_PASSWORD).accessToken();

        var wrongCurrent = change(token, "not-my-password", "西湖边的桂花开了-2026");
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.<String>json("$.code")).isEqualTo("wrong-current-password");

        var breached = change(token, DEMO_PASSWORD, "woaini5201314");
        assertThat(breached.status()).isEqualTo(422);
        assertThat(breached.<String>json("$.code")).isEqualTo("weak-password");
        assertThat(breached.<String>json("$.errors[0].field")).isEqualTo("newPassword");
        assertThat(change(token, DEMO_PASSWORD, "short").<String>json("$.code")).isEqualTo("weak-password");
        assertThat(change(token, DEMO_PASSWORD, "my-" + PHONE).<String>json("$.code")).isEqualTo("weak-password");

        assertThat(change(token, DEMO_PASSWORD, "西湖边的桂花开了-2026").status()).isEqualTo(204);
        assertThat(signsIn("西湖边的桂花开了-2026")).isTrue();
        assertThat(signsIn(DEMO_PASSWORD)).isFalse();
    }
}
