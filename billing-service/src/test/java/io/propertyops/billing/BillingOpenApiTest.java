package io.propertyops.billing;

import io.propertyops.testsupport.OpenApiExamples;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fee items, bill runs and bills are described as every operation of the platform should be: ids, summaries, their
 * 2xx and 4xx answers, examples of every value a client sends and of what it reads.
 */
@ServiceTest
class BillingOpenApiTest {

    static final List<String> PATHS = List.of("/api/v1/fee-items", "/api/v1/bill-runs", "/api/v1/bills");

    @Autowired
    TestHttp http;

    @Test
    void describesFeeItemsBillRunsAndBillsCompletely() {
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);

        assertThat(OpenApiExamples.gaps(docs.body())).filteredOn(gap -> PATHS.stream()
                .anyMatch(path -> gap.contains(" " + path + " ") || gap.contains(" " + path + "/") || gap.contains(" " + path + ":")))
                .isEmpty();
    }
}
