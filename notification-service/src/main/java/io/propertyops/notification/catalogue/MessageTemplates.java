package io.propertyops.notification.catalogue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
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

    @Document("message_templates")
    record EditedTemplate(@Id String id, String kind, String language, String title, String body) {
    }

    /** The edited templates by id, as read at a moment (System.nanoTime). */
    private record Edited(Map<String, MessageRule.Template> byId, long readAt) {
    }

    private final MongoTemplate mongo;
    private final MessageCatalogue catalogue;
    private final long refreshAfterNanos;
    private volatile Edited edited;

    MessageTemplates(MongoTemplate mongo, MessageCatalogue catalogue,
                     @Value("${propertyops.notification.templates.refresh-after:PT30S}") Duration refreshAfter) {
        this.mongo = mongo;
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
            Map<String, MessageRule.Template> byId = new HashMap<>();
            mongo.findAll(EditedTemplate.class).forEach(template ->
                    byId.put(template.id(), new MessageRule.Template(template.title(), template.body())));
            current = new Edited(Map.copyOf(byId), readAt);
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
        mongo.save(new EditedTemplate(kind + "/" + language, kind, language, title, body));
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
