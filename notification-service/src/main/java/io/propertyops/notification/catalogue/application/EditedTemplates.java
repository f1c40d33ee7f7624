package io.propertyops.notification.catalogue.application;

import io.propertyops.notification.catalogue.domain.MessageRule;
import java.util.Map;

/** The templates staff edited, by {@code <kind>/<language>}. */
public interface EditedTemplates {

    /** Every edited template, in one read: a few dozen at most, one per kind and language. */
    Map<String, MessageRule.Template> all();

    void save(String kind, String language, MessageRule.Template template);
}
