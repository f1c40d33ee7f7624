package io.propertyops.notification.catalogue.application;

import io.propertyops.notification.catalogue.domain.MessageRule;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The templates staff edited, in {@code message_templates} by kind and language; the catalogue's shipped ones
 * for the rest. A template is checked against its events' schemas when it is saved, so a message never goes out
 * with a hole in it.
 *
 * <p>Every message looks its template up, so the edited ones are held in memory: all of them, read in one query
 * (a few dozen at most: one per kind and language). A template saved through this replica is used at once; one
 * saved through another replica within {@code propertyops.notification.templates.refresh-after} (30 s by default),
 * when this replica reads them all again.
 */
@Component
public class MessageTemplates {

    /** The edited templates by id, as read at a moment (System.nanoTime). */
    private record Edited(Map<String, MessageRule.Template> byId, long readAt) {
    }

    private final EditedTemplates stored;
    private final MessageCatalogue catalogue;
    private final long refreshAfterNanos;
    private volatile Edited edited;

    public MessageTemplates(EditedTemplates stored, MessageCatalogue catalogue,
                     @Value("${propertyops.notification.templates.refresh-after:PT30S}") Duration refreshAfter) {
        this.stored = stored;
        this.catalogue = catalogue;
        this.refreshAfterNanos = refreshAfter.toNanos();
    }

    public MessageRule.Template effective(MessageRule rule, String language) {
        MessageRule.Template template = edited().get(rule.kind() + "/" + language);
        return template != null ? template : rule.template(language);
    }

    private Map<String, MessageRule.Template> edited() {
        Edited current = edited;
        return current != null && !stale(current) ? current.byId() : reread();
    }

    /** Under the lock a save holds too, so a read that began before a save never outlives it. */
    private synchronized Map<String, MessageRule.Template> reread() {
        Edited current = edited;
        if (current == null || stale(current)) {
            long readAt = System.nanoTime();
            current = new Edited(Map.copyOf(stored.all()), readAt);
            edited = current;
        }
        return current.byId();
    }

    private boolean stale(Edited current) {
        return System.nanoTime() - current.readAt() > refreshAfterNanos;
    }

    /** @throws IllegalArgumentException when the kind is unknown or the template names a field its events lack */
    public synchronized MessageRule.Template save(String kind, String language, String title, String body) {
        catalogue.checkTemplate(kind, title, body);
        stored.save(kind, language, new MessageRule.Template(title, body));
        edited = null;
        return new MessageRule.Template(title, body);
    }

    public List<String> kinds() {
        return catalogue.kinds();
    }

    public MessageRule.Template effective(String kind, String language) {
        return effective(catalogue.ruleOfKind(kind), language);
    }
}
