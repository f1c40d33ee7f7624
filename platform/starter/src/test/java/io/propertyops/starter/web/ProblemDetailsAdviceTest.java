package io.propertyops.starter.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTest {

    final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void queryParametersTomcatCannotDecodeAreABadRequestNotAServerError() {
        // what GET /api/v1/roster?communityId=%FF raised when the controller first read its parameter
        ProblemDetail problem = advice.undecodableParameters(new InvalidParameterException(
                "Character decoding failed. Parameter [communityId] with value [\uFFFD] has been ignored."));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("https://propertyops.io/problems/invalid-parameter");
    }

    @Test
    void tooManyParametersKeepTomcatsOwnStatus() {
        assertThat(advice.undecodableParameters(new InvalidParameterException("too many", 413)).getStatus()).isEqualTo(413);
    }
}
