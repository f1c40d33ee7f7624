package io.propertyops.facility.estate;

import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@TestPropertySource(properties = "propertyops.demo.data-file=../deploy/local/demo/estate.json")
class DemoEstateTest {

    static final String CUIHU = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2";

    @Value("${local.server.port}")
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    @Test
    void seedsTheDemoCommunityOnceWithItsBuildingsAndUnits() throws Exception {
        long units = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Unit.class);
        context.getBean(DemoEstateSeeder.class).run(new DefaultApplicationArguments());

        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Unit.class)).isEqualTo(units).isEqualTo(36);
        Community cuihu = mongo.findById(CUIHU, Community.class);
        assertThat(cuihu.name()).isEqualTo("翠湖花园");
        assertThat(cuihu.buildings()).extracting(Community.Building::name).containsExactly("1号楼", "2号楼", "3号楼");
    }

    @Test
    void staffOfTheCommunityListItsUnitsAndOthersGetNotFound() {
        TestHttp http = TestHttp.at("http://localhost:" + port);
        var units = http.get("/api/v1/communities/" + CUIHU + "/units", TestTokens.staff("cs", "CUSTOMER_SERVICE", CUIHU).token());
        assertThat(units.status()).isEqualTo(200);
        assertThat(units.<List<String>>json("$[*].number")).hasSize(36).contains("1-1-101", "3-1-602");

        assertThat(http.get("/api/v1/communities/" + CUIHU + "/units", TestTokens.staff("cs", "CUSTOMER_SERVICE", "elsewhere").token()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/communities/" + CUIHU + "/units", TestTokens.owner("o", CUIHU, "u").token()).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/communities", TestTokens.owner("o", CUIHU, "u").token()).<List<String>>json("$[*].name")).containsExactly("翠湖花园");
    }
}
