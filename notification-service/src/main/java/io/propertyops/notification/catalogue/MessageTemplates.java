package io.propertyops.notification.catalogue;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The templates staff edited, in {@code message_templates} by kind and language; the catalogue's shipped ones
 * for the rest. A template is checked against its events' schemas when it is saved, so a message never goes out
 * with a hole in it.
 */
@Component
public class MessageTemplates {

    @Document("message_templates")
    record EditedTemplate(@Id String id, String kind, String language, String title, String body) {
    }

    private final MongoTemplate mongo;
    private final MessageCatalogue catalogue;

    MessageTemplates(MongoTemplate mongo, MessageCatalogue catalogue) {
        this.mongo = mongo;
        this.catalogue = catalogue;
    }

    public MessageRule.Template effective(MessageRule rule, String language) {
        EditedTemplate edited = mongo.findById(rule.kind() + "/" + language, EditedTemplate.class);
        return edited != null ? new MessageRule.Template(edited.title(), edited.body()) : rule.template(language);
    }

    /** @throws IllegalArgumentException when the kind is unknown or the template names a field its events lack */
    public MessageRule.Template save(String kind, String language, String title, String body) {
        catalogue.checkTemplate(kind, title, body);
        mongo.save(new EditedTemplate(kind + "/" + language, kind, language, title, body));
        return new MessageRule.Template(title, body);
    }

    public List<String> kinds() {
        return catalogue.kinds();
    }

    public MessageRule.Template effective(String kind, String language) {
        return effective(catalogue.ruleOfKind(kind), language);
    }
}
