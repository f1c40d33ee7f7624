package io.propertyops.facility;

import io.propertyops.testsupport.OpenApiExamples;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings, meters, readings, device gateways and the device intake are described as every operation of the platform
 * should be: ids, summaries, their 2xx and 4xx answers, examples of every value a client sends and of what it reads.
 */
@ServiceTest
class MetersOpenApiTest {

    static final List<String> PATHS = List.of("/api/v1/findings", "/api/v1/meters", "/api/v1/meter-readings",
            "/api/v1/me/meters", "/api/v1/me/meter-readings", "/api/v1/device-gateways", "/api/v1/device-intake");

    @Autowired
    TestHttp http;

    @Test
    void describesFindingsMetersReadingsAndTheDeviceIntakeCompletely() {
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);

        assertThat(OpenApiExamples.gaps(docs.body())).filteredOn(gap -> PATHS.stream()
                .anyMatch(path -> gap.contains(" " + path + " ") || gap.contains(" " + path + "/") || gap.contains(" " + path + ":")))
                .isEmpty();
        assertThat(docs.<Boolean>json("$.paths['/api/v1/device-intake/{gatewayId}/batches'].post.x-public-access")).isTrue();
        assertThat(docs.<List<Object>>json("$.paths['/api/v1/device-intake/{gatewayId}/batches'].post.security")).isEmpty();
    }
}
