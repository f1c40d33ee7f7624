package io.propertyops.notification.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.events.EventCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCatalogueTest {

    static MessageRule row(String event, String title, String body, List<String> to) {
        return new MessageRule(event, Map.of(), "TEST", null, to, null, title, body);
    }

    @Test
    void theShippedCatalogueIsValidAndCoversTheWorkOrderLoop() {
        MessageCatalogue catalogue = new MessageCatalogue();

        assertThat(catalogue.rules()).extracting(MessageRule::event).contains(
                "propertyops.ticket.created.v1", "propertyops.ticket.dispatched.v1", "propertyops.ticket.resolved.v1",
                "propertyops.ticket.escalated.v1", "propertyops.ticket.urged.v1", "propertyops.ticket.reopened.v1");
        assertThat(catalogue.rules()).allSatisfy(rule -> assertThat(EventCatalog.classOf(rule.event())).isPresent());
    }

    @Test
    void aPlaceholderTheEventDoesNotHaveStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.resolved.v1",
                "完工：{number}", "师傅：{technicianName}", List.of("REPORTER")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("technicianName");
    }

    @Test
    void brokenRowsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.teleported.v1", "t", "b",
                List.of("REPORTER"))))).hasMessageContaining("no such event type");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.resolved.v1", "t", " ",
                List.of("REPORTER"))))).hasMessageContaining("title and a body");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.resolved.v1", "t", "b",
                List.of("NEIGHBOURS"))))).hasMessageContaining("unknown audience");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(row("propertyops.ticket.resolved.v1", "t {number", "b",
                List.of("REPORTER"))))).hasMessageContaining("malformed placeholder");
        assertThatThrownBy(() -> new MessageCatalogue(List.of(new MessageRule("propertyops.ticket.escalated.v1",
                Map.of("severity", 2), "T", null, List.of("ROLE:SUPERVISOR"), null, "t", "b"))))
                .hasMessageContaining("severity");
    }
}
