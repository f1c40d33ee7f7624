package io.propertyops.facility;

import io.propertyops.testsupport.OpenApiExamples;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class OpenApiDocumentTest {

    /** The features held to it so far; each feature adds its paths as it completes its document. */
    static final String[] COMPLETE = {"/api/v1/equipment", "/api/v1/certificates", "/api/v1/me/equipment"};

    @Autowired
    TestHttp http;

    @Test
    void describesEveryOperationWithExamplesAndErrors() {
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(OpenApiExamples.gaps(docs.body()).stream()
                .filter(gap -> java.util.Arrays.stream(COMPLETE).anyMatch(path -> gap.contains(" " + path))))
                .isEmpty();
    }
}
