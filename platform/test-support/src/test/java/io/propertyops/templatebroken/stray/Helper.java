package io.propertyops.templatebroken.stray;

/** Breaks the template: a feature class outside every layer. */
public final class Helper {

    private Helper() {
    }
}
