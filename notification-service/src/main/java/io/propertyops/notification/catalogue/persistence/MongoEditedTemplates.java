package io.propertyops.notification.catalogue.persistence;

import io.propertyops.notification.catalogue.application.EditedTemplates;
import io.propertyops.notification.catalogue.domain.MessageRule;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** The edited templates in {@code message_templates}, by kind and language. */
@Component
class MongoEditedTemplates implements EditedTemplates {

    @Document("message_templates")
    record EditedTemplate(@Id String id, String kind, String language, String title, String body) {
    }

    private final MongoTemplate mongo;

    MongoEditedTemplates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, MessageRule.Template> all() {
        Map<String, MessageRule.Template> byId = new HashMap<>();
        mongo.findAll(EditedTemplate.class).forEach(template ->
                byId.put(template.id(), new MessageRule.Template(template.title(), template.body())));
        return byId;
    }

    @Override
    public void save(String kind, String language, MessageRule.Template template) {
        mongo.save(new EditedTemplate(kind + "/" + language, kind, language, template.title(), template.body()));
    }
}
