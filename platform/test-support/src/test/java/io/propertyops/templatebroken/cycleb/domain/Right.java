package io.propertyops.templatebroken.cycleb.domain;

import io.propertyops.templatebroken.cyclea.domain.Left;

public record Right(Left left) {
}
