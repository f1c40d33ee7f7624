package io.propertyops.starter.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every service gives up on an absent MongoDB after 2 s, not the driver's 30 s (the fault suite shows the 503s). */
class FailFastMongoTest {

    @Test
    void theClusterWaitsTwoSecondsForAServerByDefaultAndWhatIsConfiguredOtherwise() {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        new PlatformAutoConfiguration().failFastWithoutMongo(Duration.ofSeconds(2)).customize(builder);
        assertThat(builder.build().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2_000);

        MongoClientSettings.Builder patient = MongoClientSettings.builder();
        new PlatformAutoConfiguration().failFastWithoutMongo(Duration.ofSeconds(10)).customize(patient);
        assertThat(patient.build().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(10_000);
    }
}
