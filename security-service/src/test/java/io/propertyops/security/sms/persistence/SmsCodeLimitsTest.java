package io.propertyops.security.sms.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.sms.application.SmsCodes;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxRelay;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.SharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The limits on code requests (once a minute and 5 an hour per phone, 20 an hour per address), counted in one small
 * document per phone and per address rather than in a log of every request.
 */
class SmsCodeLimitsTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    MongoClient client;
    MongoTemplate mongo;
    SmsCodes codes;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(SharedInfrastructure.endpoints().mongoUri());
        mongo = new MongoTemplate(client, "sms_limits_" + UUID.randomUUID().toString().substring(0, 8));
        Accounts nobody = mock(Accounts.class);
        when(nobody.withUsername(anyString())).thenReturn(Optional.empty());
        codes = new SmsCodes(new MongoLoginCodes(mongo, new OutboxMessages("/security-service", clock, Tracer.NOOP, Propagator.NOOP),
                        new OutboxWrites(mongo, mock(OutboxRelay.class))),
                new MongoCodeRequests(mongo), nobody, clock);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void aPhoneAsksFiveTimesAnHourAndAgainWhenTheFirstOfThemIsAnHourOld() {
        for (int i = 0; i < 5; i++) {
            codes.request("13800000001", "10.0.0.1");
            clock.advance(Duration.ofMinutes(2));
        }
        // 10 minutes after the first: the first leaves the hour 50 minutes from now
        assertThatThrownBy(() -> codes.request("13800000001", "10.0.0.1"))
                .isInstanceOfSatisfying(SmsCodes.TooManyRequests.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(50).toSeconds()));

        clock.advance(Duration.ofMinutes(50).plusSeconds(1));
        codes.request("13800000001", "10.0.0.1");
        assertThat(mongo.getCollection(MongoCodeRequests.COLLECTION).countDocuments()).as("one document per phone and address").isEqualTo(2);
    }

    @Test
    void anAddressAsksTwentyTimesAnHourWhateverThePhones() {
        for (int i = 0; i < 20; i++) {
            codes.request("1380000%04d".formatted(i), "10.0.0.2");
        }
        assertThatThrownBy(() -> codes.request("13900000000", "10.0.0.2")).isInstanceOf(SmsCodes.TooManyRequests.class);
        codes.request("13900000000", "10.0.0.3");
    }
}
