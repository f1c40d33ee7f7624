package io.propertyops.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names an event record in the contract: its CloudEvents type and the topic it is published on. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The CloudEvents {@code type}, e.g. {@code propertyops.ticket.created.v1}; never a class name. */
    String value();

    /** One of {@link Topics}. */
    String topic();
}
