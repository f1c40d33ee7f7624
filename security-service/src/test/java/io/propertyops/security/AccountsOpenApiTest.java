package io.propertyops.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.testsupport.OpenApiExamples;
import io.propertyops.testsupport.OpenApiLint;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

/**
 * The people search is described as every operation of the platform should be: its parameters, examples, errors
 * and the header with the total, passing the standard linter's recommended rules. (The rest of security-service's
 * document is not held to this yet.)
 */
class AccountsOpenApiTest extends SecurityServiceTest {

    static final String OPERATION = "GET /api/v1/accounts";
    static final String POINTER = "/paths/~1api~1v1~1accounts/get";

    @Test
    void describesThePeopleSearchCompletely() {
        var docs = TestHttp.at(issuer()).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);

        assertThat(OpenApiExamples.gaps(docs.body())).filteredOn(gap -> gap.startsWith(OPERATION + " ")
                || gap.startsWith(OPERATION + ":")).isEmpty();
        assertThat(OpenApiLint.problems(docs.body())).filteredOn(problem -> problem.contains(POINTER)).isEmpty();
        assertThat(docs.<String>json("$.paths['/api/v1/accounts'].get.responses['200'].headers['X-Total-Count'].schema.type"))
                .isEqualTo("integer");
    }
}
