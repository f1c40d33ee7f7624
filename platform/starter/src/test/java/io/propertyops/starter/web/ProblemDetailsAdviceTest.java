package io.propertyops.starter.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;

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
    void aBodyWithThousandsOfInvalidFieldsListsFiftyAndCountsThemAll() throws Exception {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Object(), "priceList");
        for (int i = 0; i < 4_000; i++) {
            result.addError(new FieldError("priceList", "items[" + i + "].code", "must not be blank"));
        }
        MethodParameter body = new MethodParameter(ProblemDetailsAdviceTest.class.getDeclaredMethod("put", Object.class), 0);

        ResponseEntity<Object> answer = advice.handleMethodArgumentNotValid(new MethodArgumentNotValidException(body, result),
                new HttpHeaders(), HttpStatus.BAD_REQUEST, null);

        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat((List<?>) problem.getProperties().get("errors")).hasSize(ProblemDetailsAdvice.LISTED_ERRORS);
        assertThat(problem.getProperties()).containsEntry("errorCount", 4_000);
    }

    @SuppressWarnings("unused")
    private void put(Object priceList) {
    }

    @Test
    void tooManyParametersKeepTomcatsOwnStatus() {
        assertThat(advice.undecodableParameters(new InvalidParameterException("too many", 413)).getStatus()).isEqualTo(413);
    }

    @Test
    void aBodyThatIsNoMultipartIsABadRequestNotAServerError() {
        // what the fuzzer's malformed bodies to an upload operation (estate imports, certificate documents) raised
        ProblemDetail problem = advice.unreadableMultipart(new org.springframework.web.multipart.MultipartException(
                "Failed to parse multipart servlet request"));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("https://propertyops.io/problems/malformed-multipart");
    }
}
