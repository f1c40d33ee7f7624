package io.propertyops.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiTest {

    private static JsonNode asyncApi;

    @BeforeAll
    static void readAsyncApi() throws IOException {
        try (InputStream yaml = EventCatalog.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(yaml).isNotNull();
            asyncApi = new YAMLMapper().readTree(yaml);
        }
    }

    @Test
    void documentsAChannelPerTopic() {
        assertThat(asyncApi.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(asyncApi.get("channels").valueStream().map(channel -> channel.get("address").asString()))
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void documentsEveryTypeOnItsTopicWithItsSchema(Class<? extends DomainEvent> type) {
        String ceType = EventCatalog.typeOf(type);
        String messageRef = "#/components/messages/" + type.getSimpleName();
        JsonNode message = asyncApi.at("/components/messages/" + type.getSimpleName());

        assertThat(message.get("name").asString()).isEqualTo(ceType);
        assertThat(message.at("/payload/schema/$ref").asString()).isEqualTo("." + EventCatalog.schemaResource(ceType));
        assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asString()).isEqualTo(ceType);
        assertThat(asyncApi.get("channels").valueStream()
                .filter(channel -> channel.get("address").asString().equals(EventCatalog.topicOf(type)))
                .flatMap(channel -> channel.path("messages").valueStream())
                .map(ref -> ref.get("$ref").asString()))
                .contains(messageRef);
    }
}
