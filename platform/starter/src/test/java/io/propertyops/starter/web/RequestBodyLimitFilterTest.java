package io.propertyops.starter.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitFilterTest {

    static final int KB = 1024;
    static final int MB = 1024 * KB;

    final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(256 * KB, Map.of("/api/v1/tickets/*/photos", 10L * MB));

    MockHttpServletResponse post(String path, int bytes, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bytes]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void aPhotoUploadMayCarryUpToItsOwnLimit() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        assertThat(post("/api/v1/tickets/t1/photos", 5 * MB, chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(post("/api/v1/tickets/t1/photos", 10 * MB + 1, new MockFilterChain()).getStatus()).isEqualTo(413);
    }

    @Test
    void everyOtherPathKeepsTheDefaultLimit() throws Exception {
        for (String path : new String[] {"/api/v1/tickets", "/api/v1/tickets/t1/comments", "/api/v1/tickets/t1/photos/p1",
                "/api/v1/tickets/t1/accept"}) {
            MockHttpServletResponse response = post(path, 300 * KB, new MockFilterChain());

            assertThat(response.getStatus()).as(path).isEqualTo(413);
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aChunkedBodyIsCountedAgainstThePathsLimit() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest unknownLength = new MockHttpServletRequest("POST", "/api/v1/tickets/t1/photos") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        unknownLength.setContent(new byte[10 * MB + 1]);
        filter.doFilter(unknownLength, new MockHttpServletResponse(), chain);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();

        assertThat(passed.getInputStream().readNBytes(10 * MB)).hasSize(10 * MB);
        assertThatThrownBy(() -> passed.getInputStream().read()).isInstanceOf(PayloadTooLargeException.class);
    }
}
