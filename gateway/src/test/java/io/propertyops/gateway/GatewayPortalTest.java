package io.propertyops.gateway;

import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway serves the built portal at / with its caching and a policy that allows no inline script. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayPortalTest {

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        StubService.trustTestTokens(registry);
    }

    TestHttp http() {
        return TestHttp.at("http://localhost:" + port);
    }

    @Test
    void servesThePortalPageRevalidatedWithAStrictPolicy() {
        var page = http().send(http().request("/", null).header("Accept", "text/html"));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"app\"></div>").doesNotContain("<script>");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';").contains("frame-ancestors 'none'");
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void cachesHashedAssetsForAYear() throws IOException {
        String index = new ClassPathResource("static/index.html").getContentAsString(StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as(index).isTrue();

        var asset = http().get(script.group(1), null);

        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.contentType()).contains("javascript");
        assertThat(asset.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(asset.header("Content-Security-Policy")).contains("script-src 'self';");
    }

    @Test
    void aMissingAssetIsNotFoundAndAnApiPathIsNotThePortal() {
        assertThat(http().get("/assets/no-such-file-0000.js", null).status()).isEqualTo(404);
        var api = http().get("/api/v1/tickets", null);
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Cache-Control")).isNotEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void onlyPortalPathsAreCached() {
        assertThat(PortalFiles.cacheControl("/assets/index-abc.js")).isEqualTo(PortalFiles.HASHED);
        assertThat(PortalFiles.cacheControl("/")).isEqualTo(PortalFiles.REVALIDATED);
        assertThat(PortalFiles.cacheControl("/api/v1/tickets")).isNull();
        assertThat(PortalFiles.cacheControl("/login")).isNull();
    }
}
