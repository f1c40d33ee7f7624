package io.propertyops.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventSchemaTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void schemaExistsForEveryType(Class<? extends DomainEvent> type) throws IOException {
        try (InputStream schema = schemaStream(type)) {
            assertThat(schema).as(EventCatalog.schemaResource(EventCatalog.typeOf(type))).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void sampleValidatesAgainstItsSchema(Class<? extends DomainEvent> type) {
        assertThat(schemaOf(type).validate(sampleJson(type))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void schemaDescribesExactlyTheRecordComponents(Class<? extends DomainEvent> type) {
        Set<String> components = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());

        assertThat(schemaOf(type).getSchemaNode().get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(components);
        assertThat(sampleJson(type).propertyNames()).as("the sample sets every field")
                .containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void schemaAndRecordRequireTheSameFields(Class<? extends DomainEvent> type) {
        Schema schema = schemaOf(type);
        Set<String> required = required(schema);
        assertThat(required).contains("eventId", "aggregateId", "occurredAt");

        for (String field : sampleJson(type).propertyNames()) {
            ObjectNode without = sampleJson(type);
            without.remove(field);
            List<Error> errors = schema.validate(without);

            if (required.contains(field)) {
                assertThat(errors).as("schema errors without required %s", field).isNotEmpty();
                assertThatThrownBy(() -> EventJson.read(bytes(without), type))
                        .as("reading without required %s", field)
                        .isInstanceOf(EventJsonException.class);
            } else {
                assertThat(errors).as("schema errors without optional %s", field).isEmpty();
                assertThatCode(() -> EventJson.read(bytes(without), type))
                        .as("reading without optional %s", field)
                        .doesNotThrowAnyException();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void schemaRejectsAnOccurredAtThatIsNoTimestamp(Class<? extends DomainEvent> type) {
        ObjectNode json = sampleJson(type);
        json.put("occurredAt", "yesterday morning");

        assertThat(schemaOf(type).validate(json)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void schemaToleratesAdditiveFields(Class<? extends DomainEvent> type) {
        ObjectNode json = sampleJson(type);
        json.put("addedInALaterRelease", "ignored by older consumers");

        assertThat(schemaOf(type).validate(json)).isEmpty();
        assertThat(EventJson.read(bytes(json), type)).isEqualTo(SampleEvents.sampleOf(type));
    }

    @ParameterizedTest
    @MethodSource("io.propertyops.events.SampleEvents#catalogued")
    void schemaRejectsAValueOutsideAnEnum(Class<? extends DomainEvent> type) {
        Schema schema = schemaOf(type);
        JsonNode properties = schema.getSchemaNode().get("properties");
        List<String> enumerated = properties.propertyNames().stream()
                .filter(name -> properties.get(name).has("enum") || properties.get(name).path("items").has("enum"))
                .toList();

        for (String field : enumerated) {
            ObjectNode json = sampleJson(type);
            if (json.get(field).isArray()) {
                json.putArray(field).add("NOT_A_VALUE");
            } else {
                json.put(field, "NOT_A_VALUE");
            }
            assertThat(schema.validate(json)).as("schema errors for %s outside its enum", field).isNotEmpty();
        }
    }

    private static Schema schemaOf(Class<? extends DomainEvent> type) {
        try (InputStream schema = schemaStream(type)) {
            assertThat(schema).as("schema of %s", type.getSimpleName()).isNotNull();
            return SCHEMAS.getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream schemaStream(Class<? extends DomainEvent> type) {
        return EventCatalog.class.getResourceAsStream(EventCatalog.schemaResource(EventCatalog.typeOf(type)));
    }

    private static Set<String> required(Schema schema) {
        return schema.getSchemaNode().get("required").valueStream()
                .map(JsonNode::asString)
                .collect(Collectors.toSet());
    }

    private static ObjectNode sampleJson(Class<? extends DomainEvent> type) {
        return (ObjectNode) EventJson.mapper().readTree(EventJson.write(SampleEvents.sampleOf(type)));
    }

    private static byte[] bytes(JsonNode json) {
        return EventJson.write(json);
    }
}
