package io.propertyops.starter.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ConcreteContentTypeFilterTest {

    final ConcreteContentTypeFilter filter = new ConcreteContentTypeFilter();

    MockHttpServletResponse post(String contentType, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tickets/t1/resolve");
        request.setContentType(contentType);
        request.setContent("{\"result\": \"fixed\"}".getBytes());
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void aWildcardContentTypeIsAnUnsupportedMediaTypeProblemNotAServerError() throws Exception {
        for (String pattern : new String[] {"*/*", "application/*", "*/*; charset=UTF-8"}) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = post(pattern, chain);

            assertThat(response.getStatus()).as(pattern).isEqualTo(415);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"type\":\"https://propertyops.io/problems/unsupported-media-type\"");
            assertThat(chain.getRequest()).as("not passed on").isNull();
        }
    }

    @Test
    void aConcreteOrUnreadableContentTypeIsPassedOnForSpringMvcToJudge() throws Exception {
        for (String type : new String[] {"application/json", "image/jpeg", "text/plain; charset=UTF-8", "garbage"}) {
            MockFilterChain chain = new MockFilterChain();
            post(type, chain);

            assertThat(chain.getRequest()).as(type).isNotNull();
        }
    }
}
