package io.propertyops.facility;

import io.propertyops.testsupport.OpenApiExamples;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plans', routes' and rounds' operations tell a client all it needs: ids, summaries, responses and examples. */
@ServiceTest
class PlansAndRoundsOpenApiTest {

    static final List<String> PATHS = List.of("/api/v1/plans", "/api/v1/inspection-routes", "/api/v1/rounds",
            "/api/v1/me/rounds");

    @Autowired
    TestHttp http;

    @Test
    void everyOperationOfPlansRoutesAndRoundsIsDocumentedWithExamples() {
        var docs = http.get("/v3/api-docs", null);
        assertThat(OpenApiExamples.gaps(docs.body()))
                .filteredOn(gap -> PATHS.stream().anyMatch(path -> gap.contains(" " + path))).isEmpty();
        assertThat(docs.<List<String>>json("$.paths['/api/v1/plans/{planId}'].*.operationId"))
                .containsExactlyInAnyOrder("getPlan", "updatePlan", "deletePlan");
    }
}
