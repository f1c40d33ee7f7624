package io.propertyops.ticket;

import io.propertyops.testsupport.OpenApiExamples;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class OpenApiDocumentTest {

    @Autowired
    TestHttp http;

    @Test
    void describesEveryOperationWithExamplesAndErrors() {
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(OpenApiExamples.gaps(docs.body())).isEmpty();
    }
}
