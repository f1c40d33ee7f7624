package io.propertyops.notification.catalogue;

import io.propertyops.notification.catalogue.application.EditedTemplates;
import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.application.MessageTemplates;
import io.propertyops.notification.catalogue.domain.MessageRule;
import io.propertyops.testsupport.ServiceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Templates are held in memory: a change made here is used at once, one made through another replica soon after. */
@ServiceTest
class TemplateChangesTest {

    @Autowired
    MessageTemplates templates;
    @Autowired
    MessageCatalogue catalogue;
    @Autowired
    EditedTemplates edited;

    @Test
    void aTemplateChangedOnThisReplicaIsUsedAtOnce() {
        MessageRule quoted = catalogue.ruleOfKind("WORK_ORDER_QUOTED");
        assertThat(templates.effective(quoted, "en").title()).isEqualTo("Please approve the quote: {number}");

        // what PUT /api/v1/message-templates/{kind}/{language} calls (TemplatesAndLanguagesTest goes through HTTP)
        templates.save("WORK_ORDER_QUOTED", "en", "Your quote: {number}", "{charges.total} {charges.currency}");

        assertThat(templates.effective(quoted, "en").title()).isEqualTo("Your quote: {number}");
    }

    @Test
    void aTemplateChangedThroughAnotherReplicaIsUsedOnceThisOneReadsThemAgain() {
        MessageTemplates replica = new MessageTemplates(edited, catalogue, Duration.ofSeconds(5));
        MessageTemplates other = new MessageTemplates(edited, catalogue, Duration.ofSeconds(5));
        MessageRule urged = catalogue.ruleOfKind("WORK_ORDER_URGED");
        String before = replica.effective(urged, "en").title();

        other.save("WORK_ORDER_URGED", "en", "Urged again: {number}", "Urged {urgeCount} times");

        assertThat(replica.effective(urged, "en").title()).as("held for a while").isEqualTo(before);
        await().atMost(Duration.ofSeconds(15)).until(() -> replica.effective(urged, "en").title()
                .equals("Urged again: {number}"));
    }
}
