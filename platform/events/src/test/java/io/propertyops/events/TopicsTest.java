package io.propertyops.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void hasOneTopicPerDomain() {
        assertThat(Topics.ALL).containsExactly(
                "propertyops.ticket.v1", "propertyops.facility.v1", "propertyops.billing.v1",
                "propertyops.security.v1", "propertyops.feedback.v1", "propertyops.notification.v1");
    }

    @Test
    void deadLetterTopicAppendsDlt() {
        assertThat(Topics.deadLetter(Topics.TICKET)).isEqualTo("propertyops.ticket.v1.dlt");
    }
}
