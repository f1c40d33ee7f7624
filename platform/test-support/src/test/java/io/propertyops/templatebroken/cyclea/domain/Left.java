package io.propertyops.templatebroken.cyclea.domain;

import io.propertyops.templatebroken.cycleb.domain.Right;

/** Breaks the template: features cyclea and cycleb use each other. */
public record Left(Right right) {
}
