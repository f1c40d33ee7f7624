package io.propertyops.starter.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.propertyops.testsupport.SharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** On the MongoDB wire server the platform's tests use. */
class NewestEventWinsTest {

    static MongoClient client;
    static MongoTemplate mongo;
    final NewestEventWins people = new NewestEventWins(mongo, "people");
    final String id = "person-" + UUID.randomUUID();
    final Instant t0 = Instant.parse("2026-11-23T01:00:00Z");

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.endpoints().mongoUri());
        mongo = new MongoTemplate(client, "newest_event_wins_test");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private Document stored() {
        return mongo.findById(id, Document.class, "people");
    }

    @Test
    void theFirstEventCreatesTheDocumentAndANewerOneChangesIt() {
        assertThat(people.apply(id, t0, "e1", new Update().set("name", "王建国"))).get()
                .satisfies(written -> assertThat(written.getString("name")).isEqualTo("王建国"));

        assertThat(people.apply(id, t0.plusSeconds(5), "e2", new Update().set("name", "王建华"))).isPresent();

        assertThat(stored().getString("name")).isEqualTo("王建华");
        assertThat(stored().getString(NewestEventWins.LAST_EVENT_ID)).isEqualTo("e2");
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        people.apply(id, t0.plusSeconds(5), "e2", new Update().set("name", "王建华"));

        assertThat(people.apply(id, t0, "e1", new Update().set("name", "王建国"))).isEmpty();

        assertThat(stored().getString("name")).isEqualTo("王建华");
        assertThat(stored().getString(NewestEventWins.LAST_EVENT_ID)).isEqualTo("e2");
    }

    @Test
    void aDocumentMadeBeforeAnyEventTakesTheFirstOneAndKeepsItsOtherFields() {
        mongo.insert(new Document("_id", id).append("openWork", 2), "people");

        assertThat(people.apply(id, t0, "e1", new Update().set("name", "王建国"))).isPresent();

        assertThat(stored().getString("name")).isEqualTo("王建国");
        assertThat(stored().getInteger("openWork")).isEqualTo(2);
    }
}
