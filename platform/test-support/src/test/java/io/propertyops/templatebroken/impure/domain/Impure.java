package io.propertyops.templatebroken.impure.domain;

import org.springframework.util.Assert;

/** Breaks the template: a domain class that uses Spring. */
public record Impure(String id) {

    public Impure {
        Assert.hasText(id, "id");
    }
}
